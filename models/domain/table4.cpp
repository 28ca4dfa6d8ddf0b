#include "table4.h"

namespace mcs {

QString deliveryModeKey(DeliveryMode mode)
{
    switch (mode) {
    case DeliveryMode::Physical: return QStringLiteral("physical");
    case DeliveryMode::OnlineSync: return QStringLiteral("online_sync");
    case DeliveryMode::OnlineAsync: return QStringLiteral("online_async");
    }
    return {};
}

bool deliveryModeFromKey(const QString &key, DeliveryMode *mode)
{
    for (DeliveryMode m : {DeliveryMode::Physical, DeliveryMode::OnlineSync, DeliveryMode::OnlineAsync}) {
        if (key == deliveryModeKey(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString assessmentKindKey(AssessmentKind kind)
{
    switch (kind) {
    case AssessmentKind::None: return QString();
    case AssessmentKind::Formative: return QStringLiteral("formative");
    case AssessmentKind::Continuous: return QStringLiteral("continuous");
    case AssessmentKind::Final: return QStringLiteral("final");
    }
    return {};
}

bool assessmentKindFromKey(const QString &key, AssessmentKind *kind)
{
    for (AssessmentKind k : {AssessmentKind::None, AssessmentKind::Formative, AssessmentKind::Continuous,
                             AssessmentKind::Final}) {
        if (key == assessmentKindKey(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace mcs
