#include "actionmanager.h"

#include <QAction>

namespace mcs {

ActionManager::ActionManager(QObject *parent)
    : QObject(parent)
{
}

void ActionManager::registerAction(const QString &id, QAction *action)
{
    Q_ASSERT_X(!m_actions.contains(id), "ActionManager::registerAction", "id registered twice");
    action->setObjectName(id);
    m_actions.insert(id, action);
}

QAction *ActionManager::action(const QString &id) const
{
    return m_actions.value(id, nullptr);
}

QStringList ActionManager::ids() const
{
    QStringList list = m_actions.keys();
    list.sort();
    return list;
}

} // namespace mcs
