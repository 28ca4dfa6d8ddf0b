#include "offering.h"

#include <tuple>

namespace mcs {

bool Offering::operator==(const Offering &o) const
{
    return std::tie(id, courseId, name, startDate, endDate, platform, language)
        == std::tie(o.id, o.courseId, o.name, o.startDate, o.endDate, o.platform, o.language);
}

bool Learner::operator==(const Learner &o) const
{
    return std::tie(id, name, nric, passportNo, nationality, email)
        == std::tie(o.id, o.name, o.nric, o.passportNo, o.nationality, o.email);
}

bool Enrolment::operator==(const Enrolment &o) const
{
    return std::tie(id, offeringId, learnerId, marks, grade, result, senateApprovedOn)
        == std::tie(o.id, o.offeringId, o.learnerId, o.marks, o.grade, o.result, o.senateApprovedOn);
}

QString resultStatusKey(ResultStatus status)
{
    switch (status) {
    case ResultStatus::Enrolled: return QStringLiteral("enrolled");
    case ResultStatus::Pass: return QStringLiteral("pass");
    case ResultStatus::Fail: return QStringLiteral("fail");
    case ResultStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

bool resultStatusFromKey(const QString &key, ResultStatus *status)
{
    for (ResultStatus s : {ResultStatus::Enrolled, ResultStatus::Pass, ResultStatus::Fail, ResultStatus::Withdrawn}) {
        if (key == resultStatusKey(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace mcs
