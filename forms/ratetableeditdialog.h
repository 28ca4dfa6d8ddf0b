#pragma once

#include "ratetable.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace mcs {

class RateTableEditModel;

// Tools > SLT Rates > Create New Version: an editable copy of a rate table (per activity type the
// minimum, maximum and default SLT minutes, 2.2). Save is possible only while every row is valid
// (rates above 0, min <= default <= max); the caller stores result() as the new version.
class RateTableEditDialog : public QDialog
{
    Q_OBJECT
public:
    RateTableEditDialog(const RateTable &base, int newVersion, QWidget *parent = nullptr);

    RateTableEditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString problemText() const;
    bool canSave() const;
    // The edited table as the new version; nothing while a row is invalid.
    std::optional<RateTable> result() const;

private:
    void updateProblem();

    int m_version;
    RateTableEditModel *m_model;
    QTableView *m_view;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace mcs
