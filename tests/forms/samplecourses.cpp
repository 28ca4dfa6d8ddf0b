#include "samplecourses.h"

namespace mcs::test {
namespace {

struct Sample
{
    const char *code;
    const char *title;
    const char *faculty;
    ApprovalStatus status;
    CourseKind kind;
    int dueOffset; // the current milestone is due this many days from today (< 0: overdue);
                   // for a complete course, milestone 8 was due then
    int completed;
    int slipDays; // each completion this many days after its due date (negative: early)
};

const Sample kSamples[] = {
    {"TMUI233MC", "Software Testing", "FCSIT", ApprovalStatus::InDevelopment, CourseKind::AccreditedCourse, 12, 4, 2},
    {"TMN4031MCA", "Data Mining: Association Rules", "FCSIT", ApprovalStatus::InDevelopment, CourseKind::AccreditedCourse, -40, 5, 6},
    {"TMN4031MCB", "Data Mining: Classification", "FCSIT", ApprovalStatus::ApprovedForDevelopment, CourseKind::AccreditedCourse, 9, 1, 0},
    {"MC001", "Sago Processing Technology", "FRST", ApprovalStatus::InDevelopment, CourseKind::StandAlone, -21, 2, 9},
    {"MC002", "Bird's Nest Swiftlet Farming", "FRST", ApprovalStatus::InDevelopment, CourseKind::StandAlone, 25, 3, 5},
    {"MCV001", "Digital Marketing for Rural Tourism", "FEB", ApprovalStatus::Offered, CourseKind::StandAloneQvc, -150, 8, -2},
    {"MC003", "Entrepreneurship for Creative Industries", "FACA", ApprovalStatus::InDevelopment, CourseKind::StandAlone, 18, 2, 1},
    {"MC004", "Basic Sign Language (BIM)", "FCSHD", ApprovalStatus::InDevelopment, CourseKind::StandAlone, -9, 3, 6},
    {"KNS1023MC", "Engineering Drawing with CAD", "FENG", ApprovalStatus::InDevelopment, CourseKind::AccreditedCourse, 35, 3, -1},
    {"KNJ3343MC", "Renewable Energy Systems", "FENG", ApprovalStatus::VettedBySme, CourseKind::AccreditedCourse, 6, 7, 3},
    {"MC005", "Drone Mapping for Plantations", "FENG", ApprovalStatus::ApprovedForDevelopment, CourseKind::StandAlone, 4, 0, 0},
    {"MCV002", "Halal Food Supply Chain", "FEB", ApprovalStatus::SenateApproved, CourseKind::StandAloneQvc, -60, 8, 4},
    {"MC006", "Mental Health First Aid", "FMHS", ApprovalStatus::InDevelopment, CourseKind::StandAlone, -33, 2, 8},
    {"MMS2013MC", "Clinical Communication Skills", "FMHS", ApprovalStatus::InDevelopment, CourseKind::AccreditedCourse, 20, 5, 4},
    {"MC007", "Borneo Indigenous Music Heritage", "FACA", ApprovalStatus::PresentedToCommittees, CourseKind::StandAlone, -12, 7, 5},
    {"MC008", "Peat Soil Management", "FRST", ApprovalStatus::InDevelopment, CourseKind::StandAlone, 28, 1, 0},
    {"TMF2113MC", "Web Programming Fundamentals", "FCSIT", ApprovalStatus::InDevelopment, CourseKind::AccreditedCourse, 3, 4, -3},
    {"MC009", "Cyber Security Awareness", "FCSIT", ApprovalStatus::InDevelopment, CourseKind::StandAlone, 40, 3, 0},
    {"MC010", "Social Media Analytics", "FEB", ApprovalStatus::ApprovedForDevelopment, CourseKind::StandAlone, 6, 0, 0},
    {"EBM1043MC", "Principles of Accounting", "FEB", ApprovalStatus::InDevelopment, CourseKind::AccreditedCourse, 14, 4, 5},
    {"MC011", "Community Nursing in Rural Sarawak", "FMHS", ApprovalStatus::InDevelopment, CourseKind::StandAlone, -5, 2, 7},
    {"MCV003", "Occupational Safety and Health", "FENG", ApprovalStatus::Registered, CourseKind::StandAloneQvc, -20, 8, 0},
    {"MC012", "Mandarin for Business", "FLC", ApprovalStatus::InDevelopment, CourseKind::StandAlone, 31, 3, 2},
    {"MC013", "Academic Writing in English", "FLC", ApprovalStatus::InDevelopment, CourseKind::StandAlone, 11, 2, -1},
    {"MC014", "Early Childhood Play-Based Learning", "FCSHD", ApprovalStatus::ApprovedForDevelopment, CourseKind::StandAlone, 7, 0, 0},
    {"FCC2033MC", "Documentary Film Making", "FACA", ApprovalStatus::InDevelopment, CourseKind::AccreditedCourse, -26, 5, 6},
    {"MC015", "Aquaculture of Tilapia", "FRST", ApprovalStatus::VettedBySme, CourseKind::StandAlone, 22, 7, 0},
    {"MC016", "Geographic Information Systems", "FSSH", ApprovalStatus::InDevelopment, CourseKind::StandAlone, 45, 3, 4},
    {"MC017", "Counselling Skills for Teachers", "FCSHD", ApprovalStatus::InDevelopment, CourseKind::StandAlone, -70, 3, 10},
    {"MC018", "Machine Learning with Python", "FCSIT", ApprovalStatus::Submitted, CourseKind::StandAlone, 21, 0, 0},
};

} // namespace

QVector<CourseMilestones> sampleCourses(const QDate &today)
{
    QVector<CourseMilestones> out;
    qint64 id = 100;
    for (const Sample &s : kSamples) {
        CourseMilestones c;
        c.course.id = ++id;
        c.course.code = QString::fromUtf8(s.code);
        c.course.title = QStringLiteral("Micro-Credential in %1").arg(QString::fromUtf8(s.title));
        c.course.faculty = QString::fromUtf8(s.faculty);
        c.course.status = s.status;
        c.course.kind = s.kind;
        // Find the start that puts the current milestone's due date at today + dueOffset.
        const int current = std::min(s.completed, MilestonePlan::kCount - 1);
        QDate start = today;
        for (int pass = 0; pass < 4; ++pass) {
            const MilestoneList plan = MilestonePlan::plannedSchedule(start);
            start = start.addDays(plan[current].plannedDue.daysTo(today.addDays(s.dueOffset)));
        }
        c.milestones = MilestonePlan::plannedSchedule(start);
        for (int i = 0; i < s.completed; ++i) {
            QDate done = c.milestones[i].plannedDue.addDays(s.slipDays * (i + 1) / 2);
            if (i > 0 && done < c.milestones[i - 1].actualCompletion)
                done = c.milestones[i - 1].actualCompletion;
            if (done > today)
                done = today;
            c.milestones[i].actualCompletion = done;
        }
        out.append(c);
    }
    return out;
}

QVector<CourseMilestones> manyCourses(int n, const QDate &today)
{
    const char *faculties[] = {"FCSIT", "FENG", "FRST", "FACA", "FMHS", "FEB", "FCSHD", "FLC"};
    QVector<CourseMilestones> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        CourseMilestones c;
        c.course.id = i + 1;
        c.course.code = QStringLiteral("MC%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.course.title = QStringLiteral("Micro-Credential in Topic %1").arg(i + 1);
        c.course.faculty = QString::fromLatin1(faculties[i % 8]);
        c.course.status = ApprovalStatus::InDevelopment;
        c.course.kind = CourseKind(i % 3);
        c.milestones = MilestonePlan::plannedSchedule(today.addDays(-((i * 37) % 500)));
        const int done = (i * 7) % 9;
        for (int k = 0; k < done; ++k) {
            QDate d = c.milestones[k].plannedDue.addDays((i + k) % 9 - 3);
            if (k > 0 && d < c.milestones[k - 1].actualCompletion)
                d = c.milestones[k - 1].actualCompletion;
            c.milestones[k].actualCompletion = std::min(d, today);
        }
        out.append(c);
    }
    return out;
}

} // namespace mcs::test
