#include "demoportfolio.h"

#include "milestoneplan.h"

#include "courserepository.h"
#include "database.h"
#include "demoworkflow.h"
#include "offeringrepository.h"
#include "peoplerepository.h"

#include "builtinrates.h"
#include "sltcalculator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace mcs {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::DemoPortfolio)
};

struct Faculty
{
    const char *name;
    const char *prefix; // course-code prefix of its accredited programmes
    const char *topics[6];
};

// Faculties and topics of a Malaysian public university (demo content only).
const Faculty kFaculties[] = {
    {"Faculty of Computer Science and Information Technology", "TM",
     {"Data Visualisation", "Cloud Computing Essentials", "Cybersecurity Awareness", "Mobile App Prototyping",
      "Machine Learning for Beginners", "Internet of Things"}},
    {"Faculty of Engineering", "KN",
     {"Renewable Energy Systems", "Industrial Automation with PLC", "Sustainable Water Engineering",
      "Building Information Modelling", "Drone Mapping and Surveying", "Occupational Safety in Construction"}},
    {"Faculty of Resource Science and Technology", "ST",
     {"Biodiversity Field Survey", "Sago Biotechnology", "Aquaculture Management", "Environmental Monitoring",
      "Plant Tissue Culture", "Forest Carbon Accounting"}},
    {"Faculty of Medicine and Health Sciences", "MS",
     {"Community Health Screening", "Basic Life Support for Caregivers", "Nutrition for Healthy Ageing",
      "Mental Health First Aid", "Infection Prevention and Control", "Health Data Literacy"}},
    {"Faculty of Economics and Business", "EB",
     {"Digital Marketing", "Islamic Finance Fundamentals", "Entrepreneurship for Rural Communities",
      "Supply Chain Analytics", "Tourism Business Management", "Financial Literacy"}},
    {"Faculty of Applied and Creative Arts", "SR",
     {"Motion Graphics", "Borneo Traditional Textile Design", "Photography for Social Media", "Music Production",
      "Game Art Fundamentals", "Documentary Filmmaking"}},
    {"Faculty of Education, Language and Communication", "KD",
     {"Teaching with Educational Technology", "Academic Writing in English", "Bahasa Melayu for Professionals",
      "Public Speaking", "Mandarin for Beginners", "Designing Online Courses"}},
    {"Faculty of Social Sciences and Humanities", "KA",
     {"Community Development Practice", "Heritage and Cultural Tourism", "Social Media and Society",
      "Conflict Resolution and Mediation", "Gender and Development", "Urban Planning Basics"}},
};

// Topics of a hands-on nature (1.5 i) or under a professional body (1.5 g).
struct TopicNature
{
    const char *topic;
    bool lab, clinical, practicum;
    const char *professionalBody; // nullptr: none
};
const TopicNature kNatures[] = {
    {"Industrial Automation with PLC", true, false, false, "Board of Engineers Malaysia"},
    {"Sustainable Water Engineering", false, false, false, "Board of Engineers Malaysia"},
    {"Drone Mapping and Surveying", false, false, true, "Land Surveyors Board Malaysia"},
    {"Biodiversity Field Survey", false, false, true, nullptr},
    {"Plant Tissue Culture", true, false, false, nullptr},
    {"Basic Life Support for Caregivers", false, true, false, nullptr},
    {"Infection Prevention and Control", false, true, false, "Nursing Board Malaysia"},
};

const char *const kMaleGiven[] = {"Muhammad Hafiz", "Ahmad Firdaus", "Mohd Azlan", "Amirul Hakim", "Khairul Anuar",
                                  "Syafiq", "Faizal", "Hairul Nizam"};
const char *const kFemaleGiven[] = {"Nurul Aini", "Siti Aisyah", "Nur Syafiqah", "Farah Nadia", "Aina Sofea",
                                    "Nor Hidayah", "Amira", "Dayang Norazlina"};
const char *const kFathers[] = {"Abdullah", "Hassan", "Ismail", "Othman", "Rahman", "Yusof", "Bujang", "Sulaiman"};
const char *const kChineseSurnames[] = {"Lim", "Tan", "Wong", "Lee", "Chong", "Ling", "Ting", "Lau"};
const char *const kChineseGiven[] = {"Wei Jie", "Mei Ling", "Kah Hui", "Jia Wen", "Chee Keong", "Siew Ling",
                                     "Zhi Hao", "Hui Min"};
const char *const kIndianMale[] = {"Ravi", "Suresh", "Kumaran", "Arjun", "Vinod", "Ganesh"};
const char *const kIndianFemale[] = {"Priya", "Kavitha", "Shalini", "Deepa", "Anitha", "Meena"};
const char *const kIndianFathers[] = {"Subramaniam", "Muthu", "Rajendran", "Krishnan", "Selvaraj", "Maniam"};
const char *const kBorneoMale[] = {"Jimbun", "Gerawat", "Nyambong", "Entalai", "Jugah", "Sanggau"};
const char *const kBorneoFemale[] = {"Jenny", "Mariam", "Florence", "Agnes", "Dayang", "Rosalind"};
const char *const kBorneoFathers[] = {"Nyambong", "Jimbun", "Unggat", "Sandai", "Ngelambong", "Tugang"};

struct Foreign { const char *nationality; const char *names[4]; const char *passportPrefix; };
const Foreign kForeign[] = {
    {"Indonesia", {"Dewi Lestari", "Budi Santoso", "Putri Ayu Rahmawati", "Agus Setiawan"}, "C"},
    {"China", {"Zhang Wei", "Wang Fang", "Liu Yang", "Chen Jing"}, "E"},
    {"Nigeria", {"Chinedu Okafor", "Aisha Bello", "Oluwaseun Adeyemi", "Ngozi Eze"}, "A"},
    {"Bangladesh", {"Md. Rakibul Islam", "Nusrat Jahan", "Tanvir Ahmed", "Farzana Akter"}, "B"},
    {"Brunei", {"Awang Hj. Ismail", "Dayang Siti Rohani", "Pg. Muhd Khairul", "Nurul Izzati Hj. Ali"}, "P"},
    {"Yemen", {"Ahmed Al-Haddad", "Fatima Saleh", "Omar Ba-Abbad", "Maryam Al-Amri"}, "0"},
};

const char *const kStateCodes[] = {"13", "13", "13", "12", "01", "10", "14", "08", "07", "05", "11", "06"};
const char *const kPlatforms[] = {"UNIMAS eLEAP", "OpenLearning", "MUST MOOC Platform", "Google Classroom"};
const char *const kRoles[] = {"Course coordinator", "Content developer", "Co-lecturer"};

QString s(const char *text) { return QString::fromUtf8(text); }

QString gradeOf(double marks)
{
    struct Band { double min; const char *grade; };
    static const Band bands[] = {{80, "A"}, {75, "A-"}, {70, "B+"}, {65, "B"}, {60, "B-"},
                                 {55, "C+"}, {50, "C"},  {45, "D+"}, {40, "D"},  {0, "F"}};
    for (const Band &b : bands)
        if (marks >= b.min)
            return s(b.grade);
    return QStringLiteral("F");
}

} // namespace

DemoPortfolio::DemoPortfolio(const Options &options)
    : m_options(options)
    , m_random(options.seed)
{
    generateCourses();
    generateLearners();
    generateOfferings();
    const char *const officers[][3] = {{"Dr. Rosnah binti Sutan", "cflex", "S0101"},
                                       {"Mr. Ling Chee Hoong", "cflex", "S0102"},
                                       {"Prof. Dr. Kartini anak Jugah", "admin", "S0001"}};
    for (const auto &o : officers) {
        Person p;
        p.name = s(o[0]);
        p.staffId = s(o[2]);
        p.ptj = QStringLiteral("CFLEX");
        p.email = p.staffId.toLower() + QStringLiteral("@unimas.my");
        Role role = Role::Cflex;
        roleFromKey(s(o[1]), &role);
        p.roles = {role};
        m_people.append(p);
    }
    // Subject matter experts CFLEX appoints to vet content (milestone 7). They sign in to the
    // server to record the vetting, so they have logins.
    const char *const smes[][4] = {
        {"Assoc. Prof. Dr. Hamdan bin Ahmad", "hamdan", "S0311", "Faculty of Engineering"},
        {"Dr. Wong Siew Ling", "slwong", "S0412", "Faculty of Computer Science and Information Technology"}};
    for (const auto &e : smes) {
        Person p;
        p.name = s(e[0]);
        p.login = s(e[1]);
        p.staffId = s(e[2]);
        p.ptj = s(e[3]);
        p.email = p.login + QStringLiteral("@unimas.my");
        p.roles = {Role::Sme};
        m_people.append(p);
    }
}

int DemoPortfolio::pick(int n)
{
    // mt19937's output is fixed by the standard; the distributions are not, so none are used.
    return n <= 1 ? 0 : int(m_random() % quint32(n));
}

int DemoPortfolio::between(int low, int high)
{
    return low + pick(high - low + 1);
}

void DemoPortfolio::generateCourses()
{
    const QVector<ApprovalStatus> statuses = allApprovalStatuses();
    QSet<QString> usedCodes;
    QSet<QString> usedTitles;
    int standAlone = 0;
    int qvc = 0;
    for (int i = 0; m_courses.size() < m_options.courses; ++i) {
        const int before = int(m_courses.size());
        // The first twelve courses take every status once; later ones lean towards development.
        ApprovalStatus status = i < statuses.size() ? statuses[i] : statuses[pick(statuses.size())];
        if (i >= statuses.size() && pick(3) == 0)
            status = ApprovalStatus::InDevelopment;
        const int faculty = i % int(std::size(kFaculties));
        // Distinct titles while a faculty has topics left.
        int topic = pick(6);
        for (int k = 0; k < 6; ++k) {
            const int t = (topic + k) % 6;
            if (!usedTitles.contains(QString::fromUtf8(kFaculties[faculty].topics[t]))) {
                topic = t;
                break;
            }
        }
        usedTitles.insert(QString::fromUtf8(kFaculties[faculty].topics[topic]));
        const int kindRoll = i % 5;
        if (kindRoll <= 1) {
            // Category 1: a course of an accredited programme; every seventh one split in parts.
            QString original;
            do {
                original = QStringLiteral("%1%2%3")
                               .arg(s(kFaculties[faculty].prefix))
                               .arg(QChar(u'A' + pick(26)))
                               .arg(between(1011, 4099));
            } while (usedCodes.contains(original + QStringLiteral("MC")) ||
                     usedCodes.contains(original + QStringLiteral("MCA")));
            const bool split = pick(7) == 0 && m_courses.size() + 2 <= m_options.courses;
            const QStringList codes = split ? QStringList{original + QStringLiteral("MCA"), original + QStringLiteral("MCB")}
                                            : QStringList{original + QStringLiteral("MC")};
            for (int part = 0; part < codes.size(); ++part) {
                Course c = makeCourse(int(m_courses.size()), codes[part], CourseKind::AccreditedCourse, faculty, topic,
                                      part == 0 ? status : ApprovalStatus::InDevelopment);
                c.originalCourseCode = original;
                c.originalCourseName = s(kFaculties[faculty].topics[topic]);
                if (split)
                    c.title += part == 0 ? QStringLiteral(" (Part A: Foundations)") : QStringLiteral(" (Part B: Practice)");
                usedCodes.insert(c.code);
                m_courses.append(c);
            }
        } else if (kindRoll <= 3) {
            const QString code = QStringLiteral("MC%1").arg(++standAlone, 3, 10, QLatin1Char('0'));
            m_courses.append(makeCourse(int(m_courses.size()), code, CourseKind::StandAlone, faculty, topic, status));
        } else {
            const QString code = QStringLiteral("MCV%1").arg(++qvc, 3, 10, QLatin1Char('0'));
            m_courses.append(makeCourse(int(m_courses.size()), code, CourseKind::StandAloneQvc, faculty, topic, status));
        }
        if (i < statuses.size())
            addWorkInProgress(&m_courses[before]);
    }
}

// The demo is compliant but for the work a reviewer would expect on the first draft and the first
// course returned for revision, so the compliance panel has something true to show.
void DemoPortfolio::addWorkInProgress(Course *c)
{
    if (c->status == ApprovalStatus::Draft) {
        // Table 4 not finished: the independent study that brings it to the declared credit is missing.
        for (LearningUnit &unit : c->table4.units)
            unit.activities.erase(std::remove_if(unit.activities.begin(), unit.activities.end(),
                                                 [](const Activity &a) { return a.type == QLatin1String("self_study"); }),
                                  unit.activities.end());
    } else if (c->status == ApprovalStatus::ReturnedForRevision) {
        // CFLEX's feedback: a CLO without a measurable verb (5.1), and a survey too small (5.2).
        Clo &clo = c->clos[0];
        clo.statement.replace(0, clo.statement.indexOf(QLatin1Char(' ')), QStringLiteral("Understand"));
        if (c->kind != CourseKind::AccreditedCourse)
            c->marketSurvey.respondents = 24;
    }
}

Course DemoPortfolio::makeCourse(int index, const QString &code, CourseKind kind, int faculty, int topicIndex,
                                 ApprovalStatus status)
{
    const Faculty &f = kFaculties[faculty];
    const QString topic = s(f.topics[topicIndex]);
    Course c;
    c.code = code;
    c.title = QStringLiteral("Micro-Credential in %1").arg(topic);
    c.kind = kind;
    c.faculty = s(f.name);
    c.status = status;
    c.mqfLevel = oneOf({3, 4, 6, 6, 6, 7});
    c.creditValue = oneOf({1.0, 1.0, 2.0, 2.0, 3.0});
    c.delivery = oneOf({CourseDelivery::Odl, CourseDelivery::Odl, CourseDelivery::Blended, CourseDelivery::Sbl,
                        CourseDelivery::Conventional});
    for (const TopicNature &n : kNatures) {
        if (topic != s(n.topic))
            continue;
        c.labIntensive = n.lab;
        c.clinical = n.clinical;
        c.practicum = n.practicum;
        c.professionalBody = n.professionalBody ? s(n.professionalBody) : QString();
        // 1.5 i: past the first draft, a hands-on course is planned blended rather than fully online.
        if ((n.lab || n.clinical || n.practicum) && c.delivery == CourseDelivery::Odl && status != ApprovalStatus::Draft)
            c.delivery = CourseDelivery::Blended;
    }
    c.language = oneOf({QStringLiteral("English"), QStringLiteral("English"), QStringLiteral("Bahasa Melayu"),
                        QStringLiteral("English and Bahasa Melayu")});
    const int year = m_options.today.year();
    c.studySession = QStringLiteral("Semester %1 %2/%3").arg(between(1, 2)).arg(year).arg(year + 1);
    c.offerPeriod = oneOf({QStringLiteral("Every semester"), QStringLiteral("Twice a year (March and September)"),
                           QStringLiteral("Open enrolment, self-paced within 12 weeks"),
                           QStringLiteral("Once a year (October)")});
    c.feeSen = qint64(between(3, 18)) * 5000; // MYR 150 to 900
    c.entryRequirements =
        kind == CourseKind::AccreditedCourse
            ? QStringLiteral("Registered undergraduate of the programme, or SPM/STPM or equivalent with a credit in "
                             "Mathematics and English; working adults may enter through APEL.A.")
            : QStringLiteral("Open to the public aged 18 and above; basic computer literacy and Internet access. "
                             "No prior qualification in %1 is needed.").arg(topic.toLower());
    c.synopsis = QStringLiteral(
        "This micro-credential introduces the core ideas and practical skills of %1. Learners work through short "
        "videos, guided readings and weekly online activities, apply what they learn to cases drawn from Sarawak "
        "and the wider Borneo region, and finish with an authentic project assessed against the course learning "
        "outcomes.").arg(topic.toLower());
    c.justification = QStringLiteral(
        "Employers in the state's digital economy and public sector report a shortage of staff skilled in %1. "
        "A short, stackable course lets working adults and current students gain the skill without enrolling in a "
        "full programme, and its credits may later count towards a %2 programme through credit transfer.")
                          .arg(topic.toLower(), kind == CourseKind::AccreditedCourse ? QStringLiteral("degree")
                                                                                     : QStringLiteral("related"));
    if (kind != CourseKind::AccreditedCourse) {
        // 5.2: a stand-alone MC needs a market survey of at least 30 respondents.
        c.marketSurvey.respondents = between(32, 140);
        const int interested = between(55, 92);
        c.marketSurvey.analysis = QStringLiteral(
            "An online survey of %1 respondents (working adults %2%, final-year students %3%) found %4% interested "
            "in enrolling; most preferred fully online delivery of under 10 weeks and a fee below RM500. Respondents "
            "ranked practical projects and a recognised digital badge as the most valued features.")
                                      .arg(c.marketSurvey.respondents)
                                      .arg(between(40, 70))
                                      .arg(between(20, 45))
                                      .arg(interested);
        if (pick(2) == 0)
            c.marketSurvey.attachment = Attachment{
                QStringLiteral("%1-market-survey.csv").arg(code.toLower()), QStringLiteral("text/csv"),
                QStringLiteral("respondent,group,interested\n1,working adult,yes\n2,student,yes\n3,working adult,no\n")
                    .toUtf8()};
    }
    c.learnerCommitment = QStringLiteral("About %1 hours a week over %2 weeks, mostly online and self-paced.")
                              .arg(between(3, 6))
                              .arg(between(6, 12));
    c.promotion = QStringLiteral("Faculty and university social media, the CFLEX micro-credential catalogue, alumni "
                                 "mailing lists and partner agencies; a one-minute promotional video.");
    c.continuousImprovement = QStringLiteral("Learner feedback survey after the final assessment, analytics of "
                                             "completion and quiz results, and a yearly review by the course team "
                                             "reported to the faculty's academic committee.");
    c.qualityAssurance = kind == CourseKind::AccreditedCourse ? QStringLiteral("MQA accredited programme")
                         : kind == CourseKind::StandAloneQvc  ? QStringLiteral("Quality-verified by a QVC")
                                                              : QStringLiteral("Internal quality assurance (CFLEX)");

    const int lecturers = between(1, 3);
    for (int l = 0; l < lecturers; ++l) {
        Lecturer lec;
        const int group = pick(4);
        const bool female = pick(2) == 0;
        if (group == 0)
            lec.name = QStringLiteral("Dr. %1 %2 %3")
                           .arg(s(female ? oneOf(kFemaleGiven) : oneOf(kMaleGiven)),
                                female ? QStringLiteral("binti") : QStringLiteral("bin"), s(oneOf(kFathers)));
        else if (group == 1)
            lec.name = QStringLiteral("Dr. %1 %2").arg(s(oneOf(kChineseSurnames)), s(oneOf(kChineseGiven)));
        else if (group == 2)
            lec.name = QStringLiteral("Dr. %1 %2 %3")
                           .arg(s(female ? oneOf(kIndianFemale) : oneOf(kIndianMale)),
                                female ? QStringLiteral("a/p") : QStringLiteral("a/l"), s(oneOf(kIndianFathers)));
        else
            lec.name = QStringLiteral("Ts. %1 anak %2")
                           .arg(s(female ? oneOf(kBorneoFemale) : oneOf(kBorneoMale)), s(oneOf(kBorneoFathers)));
        lec.staffId = QStringLiteral("S%1").arg(between(1000, 9999));
        lec.email = lec.staffId.toLower() + QStringLiteral("@unimas.my");
        lec.role = s(kRoles[qMin(l, 2)]);
        c.lecturers.append(lec);
    }
    c.clos = {
        {QStringLiteral("CLO1"), QStringLiteral("Explain the key concepts and terminology of %1 accurately in a "
                                                "short written response.").arg(topic.toLower()),
         QStringLiteral("cognitive"), QStringLiteral("C2")},
        {QStringLiteral("CLO2"), QStringLiteral("Apply appropriate techniques of %1 to a given local case, "
                                                "following the guidelines provided.").arg(topic.toLower()),
         QStringLiteral("cognitive"), QStringLiteral("C3")},
        {QStringLiteral("CLO3"), QStringLiteral("Produce a complete project that demonstrates competence in %1, "
                                                "presented as a short video.").arg(topic.toLower()),
         QStringLiteral("psychomotor"), QStringLiteral("P4")},
    };
    // 1.5 f: continuous and final both present and totalling 100% (example of 2.3).
    c.assessment = {{QStringLiteral("Online quizzes"), AssessmentComponent::Kind::Continuous, 30},
                    {QStringLiteral("Forum participation"), AssessmentComponent::Kind::Continuous, 20},
                    {QStringLiteral("Final project video"), AssessmentComponent::Kind::Final, 50}};
    fillTable4(&c);
    fillMilestones(&c);
    const QString creator = c.lecturers.first().staffId.toLower();
    c.createdBy = creator;
    c.updatedBy = creator;
    Q_UNUSED(index)
    return c;
}

void DemoPortfolio::fillTable4(Course *c)
{
    c->table4.rateTableVersion = 1;
    const int units = between(4, 7);
    static const char *const unitThemes[] = {"Introduction and key concepts", "Tools and techniques",
                                             "Working with real data", "Case studies from Sarawak",
                                             "Design and planning", "Hands-on practice", "Quality and ethics",
                                             "Project work and presentation"};
    const double quizWeight = 30.0 / units;
    for (int u = 1; u <= units; ++u) {
        LearningUnit unit;
        unit.number = u;
        unit.title = u == 1 ? s(unitThemes[0]) : u == units ? s(unitThemes[7]) : s(unitThemes[1 + pick(6)]);
        auto add = [&](const char *type, double quantity, DeliveryMode mode, QStringList clos,
                       AssessmentKind kind = AssessmentKind::None, std::optional<double> weight = {}) {
            Activity a;
            a.type = s(type);
            a.quantity = quantity;
            a.mode = mode;
            a.clos = std::move(clos);
            a.assessment = kind;
            a.weight = weight;
            if (pick(4) == 0) { // developers sometimes choose a rate inside the range (2.2)
                if (const ActivityRate *spec = builtinRateTable().find(a.type); spec && spec->hasRange())
                    a.rate = std::floor(spec->min + 0.4 * (spec->max - spec->min));
            }
            unit.activities.append(a);
        };
        const QStringList clo1{QStringLiteral("CLO1")};
        const QStringList clo2{QStringLiteral("CLO2")};
        add("slide", between(10, 25), DeliveryMode::OnlineAsync, clo1);
        add("video", between(8, 20), DeliveryMode::OnlineAsync, u % 2 ? clo1 : clo2);
        if (pick(2) == 0)
            add("reading", between(5, 15), DeliveryMode::OnlineAsync, clo1);
        if (c->delivery == CourseDelivery::Blended || c->delivery == CourseDelivery::Conventional
            || c->delivery == CourseDelivery::Sbl)
            add("lecture", between(60, 120), DeliveryMode::Physical, clo2);
        else if (pick(2) == 0)
            add("webinar", between(30, 60), DeliveryMode::OnlineSync, clo2);
        add("forum", between(10, 30), DeliveryMode::OnlineAsync, clo2, AssessmentKind::Continuous, 20.0 / units);
        add("quiz_mcq", between(5, 15), DeliveryMode::OnlineAsync, clo1, AssessmentKind::Continuous, quizWeight);
        if (u == units)
            add("assignment_video", between(3, 5), DeliveryMode::OnlineAsync,
                {QStringLiteral("CLO2"), QStringLiteral("CLO3")}, AssessmentKind::Final, 50.0);
        c->table4.units.append(unit);
    }
    topUpToCredit(c);
}

// Independent study brings Table 4 to the declared credit (MQF: 40 h each), so declared and
// computed credits agree; a table already beyond it declares the credits it earns. An SBL course
// keeps 30-79% of its learning time online (1.5 a) by splitting the independent study.
void DemoPortfolio::topUpToCredit(Course *c)
{
    SltCalculator slt(builtinRateTable());
    slt.setTable(c->table4);
    const double online = (slt.modeHours(DeliveryMode::OnlineSync) + slt.modeHours(DeliveryMode::OnlineAsync)) * 60;
    const double base = slt.totalHours() * 60; // minutes
    double credit = c->creditValue;
    while (credit * 2400 < base)
        credit += 1;
    const bool sbl = c->delivery == CourseDelivery::Sbl;
    const double physical = base - online;
    while (sbl && (online > 0.7 * credit * 2400 || physical > 0.65 * credit * 2400))
        credit += 1;
    c->creditValue = credit;
    const double target = credit * 2400;
    // Rates such as 3.5 min per minute of video make half minutes: the last row takes the fraction.
    const double missing = target - base;
    if (missing < 0.5)
        return;
    double onlinePart = 0;
    if (c->delivery == CourseDelivery::Odl || c->delivery == CourseDelivery::Blended)
        onlinePart = missing;
    else if (sbl) // aim at 55% online
        onlinePart = std::clamp(std::round(0.55 * target - online), 0.0, missing);
    const double physicalPart = missing - onlinePart;
    const int units = int(c->table4.units.size());
    auto spread = [&](double minutes, DeliveryMode mode) {
        if (minutes < 0.5)
            return;
        const double each = std::floor(minutes / units);
        for (int u = 0; u < units; ++u) {
            Activity a;
            a.type = QStringLiteral("self_study");
            a.quantity = u + 1 < units ? each : minutes - each * (units - 1);
            a.mode = mode;
            a.clos = {QStringLiteral("CLO3")};
            c->table4.units[u].activities.append(a);
        }
    };
    spread(onlinePart, DeliveryMode::OnlineAsync);
    spread(physicalPart, DeliveryMode::Physical);
}

void DemoPortfolio::fillMilestones(Course *c)
{
    int done = 0;
    switch (c->status) {
    case ApprovalStatus::Draft:
    case ApprovalStatus::Submitted:
    case ApprovalStatus::EndorsedByPtj:
    case ApprovalStatus::UnderCflexReview:
    case ApprovalStatus::ReturnedForRevision: done = 0; break;
    case ApprovalStatus::ApprovedForDevelopment: done = 1; break;
    case ApprovalStatus::InDevelopment: done = between(2, 6); break;
    case ApprovalStatus::VettedBySme:
    case ApprovalStatus::PresentedToCommittees: done = 7; break;
    case ApprovalStatus::SenateApproved:
    case ApprovalStatus::Registered:
    case ApprovalStatus::Offered: done = 8; break;
    }
    // Planned by the Table 3 rules (MilestonePlan), started long enough ago for the completed
    // milestones; the lag decides whether the next one is on time or already overdue.
    const MilestoneList probe = MilestonePlan::plannedSchedule(m_options.today);
    const qint64 elapsed = done == 0 ? 0 : m_options.today.daysTo(probe[done - 1].plannedDue);
    const QDate start = done == 0 ? m_options.today.addDays(between(7, 45))
                                  : m_options.today.addDays(-elapsed - between(0, 50) - (done == 8 ? 120 : 0));
    c->milestones = MilestonePlan::plannedSchedule(start);
    QDate previous;
    for (Milestone &ms : c->milestones) {
        if (ms.number <= done) {
            QDate finished = ms.plannedDue.addDays(between(-3, 6));
            if (previous.isValid() && finished < previous)
                finished = previous; // completions are recorded in order
            if (finished > m_options.today)
                finished = m_options.today;
            ms.actualCompletion = finished;
            previous = finished;
            if (pick(3) == 0)
                ms.notes = oneOf({QStringLiteral("Completed with minor corrections from the SME."),
                                  QStringLiteral("Approved at the faculty meeting."),
                                  QStringLiteral("Recorded at the CFLEX studio.")});
        } else if (ms.number == done + 1 && MilestonePlan::isOverdue(ms, m_options.today)) {
            ms.notes = QStringLiteral("Behind schedule: waiting for studio time.");
        }
    }
}

Learner DemoPortfolio::makeLearner()
{
    Learner l;
    if (pick(10) == 0) {
        const Foreign &f = oneOf(kForeign);
        l.name = s(f.names[pick(4)]);
        l.nationality = s(f.nationality);
        l.passportNo = QStringLiteral("%1%2").arg(s(f.passportPrefix)).arg(between(1000000, 9999999));
    } else {
        const int group = pick(10);
        const bool female = pick(2) == 0;
        if (group < 5)
            l.name = QStringLiteral("%1 %2 %3")
                         .arg(s(female ? oneOf(kFemaleGiven) : oneOf(kMaleGiven)),
                              female ? QStringLiteral("binti") : QStringLiteral("bin"), s(oneOf(kFathers)));
        else if (group < 7)
            l.name = QStringLiteral("%1 %2").arg(s(oneOf(kChineseSurnames)), s(oneOf(kChineseGiven)));
        else if (group < 8)
            l.name = QStringLiteral("%1 %2 %3")
                         .arg(s(female ? oneOf(kIndianFemale) : oneOf(kIndianMale)),
                              female ? QStringLiteral("a/p") : QStringLiteral("a/l"), s(oneOf(kIndianFathers)));
        else
            l.name = QStringLiteral("%1 anak %2")
                         .arg(s(female ? oneOf(kBorneoFemale) : oneOf(kBorneoMale)), s(oneOf(kBorneoFathers)));
        // NRIC YYMMDD-PB-###G: a real birth date, a place-of-birth code, and a last digit that is
        // odd for men and even for women.
        const QDate born = QDate(1970, 1, 1).addDays(between(0, 36 * 365));
        const int last = pick(5) * 2 + (female ? 0 : 1);
        l.nric = QStringLiteral("%1-%2-%3%4")
                     .arg(born.toString(QStringLiteral("yyMMdd")), s(oneOf(kStateCodes)))
                     .arg(between(100, 999))
                     .arg(last);
        l.nationality = QStringLiteral("Malaysia");
    }
    QString local = l.name.toLower();
    local.remove(QLatin1Char('.'));
    local.replace(QLatin1Char(' '), QLatin1Char('.'));
    local.remove(QLatin1Char('/'));
    l.email = QStringLiteral("%1%2@%3").arg(local).arg(between(1, 99)).arg(
        oneOf({QStringLiteral("gmail.com"), QStringLiteral("yahoo.com"), QStringLiteral("siswa.unimas.my")}));
    return l;
}

void DemoPortfolio::generateLearners()
{
    for (int i = 0; i < m_options.learners; ++i)
        m_learners.append(makeLearner());
}

void DemoPortfolio::generateOfferings()
{
    for (int i = 0; i < m_courses.size(); ++i) {
        const Course &c = m_courses[i];
        const bool registered = c.status == ApprovalStatus::Registered;
        const bool offered = c.status == ApprovalStatus::Offered;
        if (!registered && !offered)
            continue;
        const QDate senate = c.milestones.last().actualCompletion;
        if (offered) {
            // A finished cohort whose results Senate has confirmed (statements can be issued) ...
            Offering past;
            past.courseId = i;
            past.name = QStringLiteral("Cohort 1");
            past.startDate = senate.addDays(between(20, 40));
            past.endDate = past.startDate.addDays(7 * between(6, 12));
            if (past.endDate.addDays(45) > m_options.today) {
                past.endDate = m_options.today.addDays(-50);
                past.startDate = past.endDate.addDays(-70);
            }
            past.platform = s(oneOf(kPlatforms));
            past.language = c.language;
            m_offerings.append({i, past, true});
        }
        // ... and a cohort running now or about to start.
        Offering next;
        next.courseId = i;
        next.name = offered ? QStringLiteral("Cohort 2") : QStringLiteral("Cohort 1");
        next.startDate = m_options.today.addDays(between(-30, 30));
        next.endDate = next.startDate.addDays(7 * between(6, 12));
        next.platform = s(oneOf(kPlatforms));
        next.language = c.language;
        m_offerings.append({i, next, false});
    }
}

bool DemoPortfolio::write(Database &db, Summary *summary, QString *error)
{
    CourseRepository courses(db);
    const qint64 existing = courses.count(error);
    if (existing < 0)
        return false;
    if (existing > 0) {
        *error = Tr::tr("%1 already holds %2 course(s); the demo portfolio is written only into a new or empty database")
                     .arg(db.location())
                     .arg(existing);
        return false;
    }
    // Timestamps follow the reference day, so the same seed writes the same rows.
    QDateTime clock(m_options.today.addDays(-200), QTime(8, 0), Qt::UTC);
    courses.setClock([&clock] { return clock = clock.addSecs(97); });

    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return false;
    }
    auto failed = [&](const StoreResult &r) {
        *error = r.message;
        return false;
    };
    Summary out;
    PeopleRepository people(db);
    for (Person p : m_people) {
        const StoreResult r = people.save(&p);
        if (!r.ok())
            return failed(r);
    }
    QVector<qint64> courseIds;
    QVector<Course> stored;
    for (Course c : m_courses) {
        const QString author = c.createdBy;
        const StoreResult r = courses.save(&c, author);
        if (!r.ok())
            return failed(r);
        courseIds.append(c.id);
        stored.append(c);
        ++out.courses;
    }
    if (!writeDemoWorkflow(db, stored, m_options.today, error))
        return false;
    OfferingRepository offerings(db);
    QVector<Learner> learners = m_learners;
    if (const StoreResult r = offerings.saveLearners(&learners); !r.ok())
        return failed(r);
    out.learners = int(learners.size());

    // Learners spread over the cohorts round-robin; some take two courses.
    int next = 0;
    QVector<Enrolment> enrolments;
    for (PlannedOffering planned : m_offerings) {
        Offering o = planned.offering;
        o.courseId = courseIds[planned.course];
        if (const StoreResult r = offerings.saveOffering(&o); !r.ok())
            return failed(r);
        ++out.offerings;
        const int size = learners.isEmpty() ? 0 : qMin(int(learners.size()), between(12, 35));
        QSet<qint64> taken;
        for (int k = 0; k < size; ++k) {
            const Learner &l = learners[next++ % learners.size()];
            if (taken.contains(l.id))
                continue;
            taken.insert(l.id);
            Enrolment e;
            e.offeringId = o.id;
            e.learnerId = l.id;
            if (planned.finished) {
                if (pick(15) == 0) {
                    e.result = ResultStatus::Withdrawn;
                } else {
                    const double marks = between(350, 985) / 10.0;
                    e.marks = marks;
                    e.grade = gradeOf(marks);
                    e.result = marks >= 50 ? ResultStatus::Pass : ResultStatus::Fail;
                    // Results about a month after the end, endorsed and confirmed by Senate (3, 4).
                    e.senateApprovedOn = o.endDate.addDays(between(30, 44));
                    if (e.senateApprovedOn > m_options.today)
                        e.senateApprovedOn = m_options.today;
                    ++out.senateApproved;
                }
            }
            enrolments.append(e);
        }
        if (learners.size() > 0 && next >= learners.size())
            next = pick(int(learners.size()));
    }
    if (const StoreResult r = offerings.saveEnrolments(&enrolments); !r.ok())
        return failed(r);
    out.enrolments = int(enrolments.size());
    if (!transaction.commit()) {
        *error = db.lastError();
        return false;
    }
    if (summary)
        *summary = out;
    return true;
}

} // namespace mcs
