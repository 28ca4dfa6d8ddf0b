#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace mcs {

// Tools > Accredited Programme Names: the qualification names an MC title must differ from
// (compliance rule title_programme, domain.md "Categories and codes"), one per line, added,
// edited in place and removed. names() is what the caller stores in AppSettings.
class AccreditedProgrammesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccreditedProgrammesDialog(const QStringList &names, QWidget *parent = nullptr);

    // The list as shown: blanks collapsed, empty lines and repeats (ignoring case) dropped.
    QStringList names() const;
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    // Appends a name (an empty one is opened for typing) and selects it.
    void addName(const QString &name = QString());
    void removeSelected();

private:
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace mcs
