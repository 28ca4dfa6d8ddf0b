#include "proposalrenderer.h"

#include "compliancerule.h"
#include "coursefield.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace mcs {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Proposal)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString fieldText(const Course &c, CourseField field)
{
    switch (field) {
    case CourseField::Kind: return courseKindName(c.kind);
    case CourseField::Delivery: return courseDeliveryName(c.delivery);
    case CourseField::Status: return approvalStatusName(c.status);
    case CourseField::FeeSen: return QStringLiteral("RM %1").arg(QString::number(c.feeSen / 100.0, 'f', 2));
    case CourseField::MqfLevel: return c.mqfLevel > 0 ? QString::number(c.mqfLevel) : QString();
    case CourseField::LabIntensive:
    case CourseField::Clinical:
    case CourseField::Practicum: return courseFieldValue(c, field).toBool() ? Tr::tr("Yes") : Tr::tr("No");
    default: return courseFieldValue(c, field).toString();
    }
}

QString hours(double h)
{
    return QString::number(h, 'f', 2);
}

void setUp(QTextDocument *doc, const Course &course, const SltCalculator &slt)
{
    doc->setDefaultStyleSheet(QStringLiteral(
        "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; "
        "margin-top: 12px; } table { border-collapse: collapse; } th { background: #e8e8e8; text-align: left; } "
        "td, th { border: 1px solid #999; padding: 3px; }"));
    doc->setHtml(proposalHtml(course, slt));
}

} // namespace

QString proposalHtml(const Course &c, const SltCalculator &slt)
{
    QString h;
    h += QStringLiteral("<html><body><h1>%1</h1><p>%2 &mdash; %3</p>")
             .arg(esc(Tr::tr("Micro-credential application form")), esc(c.code), esc(c.title));
    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(esc(Tr::tr("Application")));
    for (CourseField field : applicationFormFields(c.kind))
        h += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>")
                 .arg(esc(courseFieldLabel(field)), esc(fieldText(c, field)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(Tr::tr("Lecturers involved")), esc(Tr::tr("Name")), esc(Tr::tr("Staff ID")), esc(Tr::tr("E-mail")), esc(Tr::tr("Role")));
    for (const Lecturer &l : c.lecturers)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(l.name), esc(l.staffId), esc(l.email), esc(l.role));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(Tr::tr("Course learning outcomes")), esc(Tr::tr("Code")), esc(Tr::tr("Learning outcome")), esc(Tr::tr("Domain")),
                  esc(Tr::tr("Level")));
    for (const Clo &clo : c.clos)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(clo.code), esc(clo.statement), esc(clo.domain), esc(clo.level));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(Tr::tr("Assessment method")), esc(Tr::tr("Component")), esc(Tr::tr("Kind")), esc(Tr::tr("Weight (%)")));
    for (const AssessmentComponent &a : c.assessment)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(a.name),
                      a.kind == AssessmentComponent::Kind::Continuous ? esc(Tr::tr("Continuous")) : esc(Tr::tr("Final")),
                      QString::number(a.weight));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(Tr::tr("Table 4 summary (Student Learning Time)")), esc(Tr::tr("Unit")), esc(Tr::tr("Topic")),
                  esc(Tr::tr("Hours")), esc(Tr::tr("Assessments")));
    for (int u = 0; u < slt.unitCount(); ++u)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(slt.unit(u).number)
                 .arg(esc(slt.unit(u).title), hours(slt.unitHours(u)))
                 .arg(slt.unitAssessmentCount(u));
    h += QStringLiteral("</table><p>%1</p>")
             .arg(esc(Tr::tr("Total %1 h = %2 credit(s) at 40 h per credit; %3% online.")
                          .arg(hours(slt.totalHours()), QString::number(slt.credits(), 'f', 2),
                               QString::number(slt.onlineShare(), 'f', 1))));
    h += QStringLiteral("</body></html>");
    return h;
}

void printProposal(const Course &course, const SltCalculator &slt, QPagedPaintDevice *device)
{
    QTextDocument doc;
    setUp(&doc, course, slt);
    doc.print(device);
}

void drawProposal(const Course &course, const SltCalculator &slt, QPainter *painter, const QRectF &rect)
{
    QTextDocument doc;
    setUp(&doc, course, slt);
    doc.setTextWidth(rect.width());
    painter->save();
    painter->translate(rect.topLeft());
    doc.drawContents(painter, QRectF(QPointF(0, 0), rect.size()));
    painter->restore();
}

} // namespace mcs
