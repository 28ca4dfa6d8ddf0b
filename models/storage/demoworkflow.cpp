#include "demoworkflow.h"

#include "courseversionrepository.h"
#include "database.h"
#include "sqlvalues.h"
#include "workflow.h"

#include <QSqlQuery>

namespace mcs {
namespace {

using S = ApprovalStatus;

// The main line of Figure 1, without the return.
const S kMainLine[] = {S::Draft, S::Submitted, S::EndorsedByPtj, S::UnderCflexReview, S::ApprovedForDevelopment,
                       S::InDevelopment, S::VettedBySme, S::PresentedToCommittees, S::SenateApproved,
                       S::Registered, S::Offered};

// "Faculty of Computer Science and Information Technology" -> "fcsit".
QString acronym(const QString &faculty)
{
    QString out;
    for (const QString &word : faculty.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word.at(0).isUpper())
            out += word.at(0).toLower();
    return out.isEmpty() ? QStringLiteral("ptj") : out;
}

QString commentFor(S from, S to)
{
    switch (to) {
    case S::ReturnedForRevision:
        return QStringLiteral("Please rewrite CLO1 with a measurable verb (5.1) and add the missing Table 4 "
                              "activity for the last unit before resubmitting.");
    case S::EndorsedByPtj:
        return QStringLiteral("Fits the PTj's plan for flexible learning.");
    case S::ApprovedForDevelopment:
        return QStringLiteral("Approved for development: please follow the Table 3 milestones.");
    case S::VettedBySme:
        return QStringLiteral("Content checked against the CLOs; minor edits to the video scripts.");
    case S::Submitted:
        return from == S::ReturnedForRevision ? QStringLiteral("CLO1 rewritten and Table 4 completed, as asked.")
                                              : QString();
    default:
        return QString();
    }
}

// The course as first submitted by a team that was then asked to revise it.
Course firstSubmission(Course c)
{
    Clo &clo = c.clos[0];
    clo.statement.replace(0, clo.statement.indexOf(QLatin1Char(' ')), QStringLiteral("Understand"));
    if (!c.table4.units.isEmpty() && !c.table4.units.last().activities.isEmpty())
        c.table4.units.last().activities.removeLast();
    return c;
}

} // namespace

QVector<ApprovalStatus> demoWorkflowPath(ApprovalStatus state, bool revised)
{
    QVector<S> path;
    if (state == S::Draft)
        return path;
    if (revised || state == S::ReturnedForRevision)
        path << S::Submitted << S::EndorsedByPtj << S::UnderCflexReview << S::ReturnedForRevision;
    if (state == S::ReturnedForRevision)
        return path;
    for (int i = 1; i < int(std::size(kMainLine)); ++i) {
        path << kMainLine[i];
        if (kMainLine[i] == state)
            break;
    }
    return path;
}

bool writeDemoWorkflow(Database &db, const QVector<Course> &storedCourses, const QDate &today, QString *error)
{
    QSqlQuery step = db.prepare(QStringLiteral("INSERT INTO course_transition (course_id, from_state, to_state, who, at,"
                                               " comment) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery sme = db.prepare(QStringLiteral("INSERT INTO course_sme (course_id, login, assigned_by, assigned_at)"
                                              " VALUES (?, ?, ?, ?)"));
    CourseVersionRepository versions(db);
    QDateTime clock;
    versions.setClock([&clock] { return clock; });
    for (int index = 0; index < storedCourses.size(); ++index) {
        const Course &course = storedCourses[index];
        // Every fourth course well past its review was returned once before approval.
        const bool revised = index % 4 == 1 && course.status != S::Draft && course.status != S::ReturnedForRevision
            && int(course.status) >= int(S::ApprovedForDevelopment);
        const QVector<S> path = demoWorkflowPath(course.status, revised);
        if (path.isEmpty())
            continue;
        const QString cflex = index % 2 == 0 ? QStringLiteral("rosnah") : QStringLiteral("chling");
        const QString vetter = course.faculty.contains(QLatin1String("Engineering")) ? QStringLiteral("hamdan")
                                                                                      : QStringLiteral("slwong");
        // A step every nine days or so, the last one at least a week ago.
        QDateTime at(today.addDays(-7 - 9 * int(path.size()) - index % 5), QTime(9, 0).addSecs(60 * (index % 360)),
                     Qt::UTC);
        S from = S::Draft;
        int submissions = 0;
        for (S to : path) {
            const auto transition = Workflow::find(from, to);
            if (!transition) {
                *error = QStringLiteral("demo workflow: no step from %1 to %2").arg(approvalStatusKey(from), approvalStatusKey(to));
                return false;
            }
            QString who = course.createdBy;
            switch (transition->role) {
            case Role::PtjHead: who = QStringLiteral("head.") + acronym(course.faculty); break;
            case Role::Cflex: who = cflex; break;
            case Role::Sme: who = vetter; break;
            default: break;
            }
            at = at.addDays(9);
            if (to == S::InDevelopment) {
                // CFLEX appoints the SME once development starts (domain.md "People").
                sme.addBindValue(course.id);
                sme.addBindValue(vetter);
                sme.addBindValue(cflex);
                sme.addBindValue(sql::timestamp(at));
                if (!db.exec(sme)) {
                    *error = db.lastError();
                    return false;
                }
            }
            const QString comment = commentFor(from, to);
            step.addBindValue(course.id);
            step.addBindValue(approvalStatusKey(from));
            step.addBindValue(approvalStatusKey(to));
            step.addBindValue(who);
            step.addBindValue(sql::timestamp(at));
            step.addBindValue(comment.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(comment));
            if (!db.exec(step)) {
                *error = db.lastError();
                return false;
            }
            if (to == S::Submitted) {
                Course kept = revised && submissions == 0 ? firstSubmission(course) : course;
                kept.status = S::Submitted;
                clock = at;
                const StoreResult r = versions.takeSnapshot(kept, CourseVersionReason::submitted(), who);
                if (!r.ok()) {
                    *error = r.message;
                    return false;
                }
                ++submissions;
            }
            from = to;
        }
    }
    return true;
}

} // namespace mcs
