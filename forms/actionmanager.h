#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAction;

namespace mcs {

// The registry of application-wide actions, keyed by the ids in actionids.h.
class ActionManager : public QObject
{
    Q_OBJECT
public:
    explicit ActionManager(QObject *parent = nullptr);

    // Takes a registered id; registering an id twice is a programming error (asserts).
    void registerAction(const QString &id, QAction *action);
    QAction *action(const QString &id) const; // nullptr when unknown
    QStringList ids() const;

private:
    QHash<QString, QAction *> m_actions;
};

} // namespace mcs
