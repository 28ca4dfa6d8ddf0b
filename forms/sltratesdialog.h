#pragma once

#include "ratetable.h"

#include <QDialog>

namespace mcs {

// Tools > SLT rates: the rate table in use (2.2), read-only. Creating a new version and upgrading
// a course are not here yet.
class SltRatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SltRatesDialog(const RateTable &rates, QWidget *parent = nullptr);
};

} // namespace mcs
