#include "courseexchange.h"

#include "coursefield.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace mcs {
namespace {

// --- writing ------------------------------------------------------------------------------------

QJsonValue fieldToJson(const Course &c, CourseField field)
{
    switch (field) {
    case CourseField::Kind: return courseKindKey(c.kind);
    case CourseField::Delivery: return courseDeliveryKey(c.delivery);
    case CourseField::Status: return approvalStatusKey(c.status);
    case CourseField::MqfLevel: return c.mqfLevel;
    case CourseField::SurveyRespondents: return c.marketSurvey.respondents;
    case CourseField::CreditValue: return c.creditValue;
    case CourseField::FeeSen: return double(c.feeSen);
    case CourseField::LabIntensive: return c.labIntensive;
    case CourseField::Clinical: return c.clinical;
    case CourseField::Practicum: return c.practicum;
    default: return courseFieldValue(c, field).toString();
    }
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject attachmentJson(const Attachment &a)
{
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("mime_type"), a.mimeType},
            {QStringLiteral("data"), QString::fromLatin1(a.bytes.toBase64())}};
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// --- reading ------------------------------------------------------------------------------------

// A cursor over the document that knows its JSON path; the first failure is kept.
class Reader
{
public:
    explicit Reader(ExchangeError *error) : m_error(error) {}
    bool ok() const { return !m_failed; }

    bool fail(const QString &path, const QString &message)
    {
        if (!m_failed && m_error)
            *m_error = {path, message};
        m_failed = true;
        return false;
    }

    QJsonValue member(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (m_failed)
            return {};
        if (!o.contains(key)) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("missing"));
            return {};
        }
        return o.value(key);
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = member(o, path, key);
        if (!m_failed && !v.isObject())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = member(o, path, key);
        if (!m_failed && !v.isArray())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected an array"));
        return v.toArray();
    }
    QString string(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = member(o, path, key);
        if (!m_failed && !v.isString())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a string"));
        return v.toString();
    }
    double number(const QJsonObject &o, const QString &path, const QString &key, double min = -1e300)
    {
        const QJsonValue v = member(o, path, key);
        if (!m_failed && !v.isDouble())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a number"));
        else if (!m_failed && v.toDouble() < min)
            fail(path + QLatin1Char('.') + key, QStringLiteral("must be at least %1").arg(min));
        return v.toDouble();
    }
    qint64 integer(const QJsonObject &o, const QString &path, const QString &key, double min = -1e300)
    {
        const double d = number(o, path, key, min);
        if (!m_failed && (d != std::floor(d) || std::abs(d) > 9007199254740992.0))
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a whole number"));
        return qint64(d);
    }
    std::optional<double> optionalNumber(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = member(o, path, key);
        if (m_failed || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a number or null"));
            return std::nullopt;
        }
        return v.toDouble();
    }
    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = member(o, path, key);
        if (!m_failed && !v.isBool())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected true or false"));
        return v.toBool();
    }
    QDate date(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = member(o, path, key);
        if (m_failed || v.isNull())
            return {};
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected a date YYYY-MM-DD or null"));
        return d;
    }
    QJsonObject element(const QJsonArray &a, int i, const QString &path)
    {
        if (!m_failed && !a.at(i).isObject())
            fail(QStringLiteral("%1[%2]").arg(path).arg(i), QStringLiteral("expected an object"));
        return a.at(i).toObject();
    }
    template <typename T, typename F>
    bool key(const QString &value, const QString &path, F fromKey, T *out)
    {
        if (m_failed)
            return false;
        if (!fromKey(value, out))
            return fail(path, QStringLiteral("unknown value \"%1\"").arg(value));
        return true;
    }
    Attachment attachment(const QJsonObject &o, const QString &path)
    {
        Attachment a;
        a.name = string(o, path, QStringLiteral("name"));
        a.mimeType = string(o, path, QStringLiteral("mime_type"));
        const QString data = string(o, path, QStringLiteral("data"));
        if (m_failed)
            return a;
        auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(path + QStringLiteral(".data"), QStringLiteral("not base64"));
        a.bytes = *decoded;
        return a;
    }

private:
    ExchangeError *m_error;
    bool m_failed = false;
};

void readForm(Reader &r, const QJsonObject &form, Course *c)
{
    const QString path = QStringLiteral("$.form");
    for (CourseField field : allCourseFields()) {
        const QString key = courseFieldKey(field);
        const QString at = path + QLatin1Char('.') + key;
        // Added to the form in later releases of version 1: optional, absent in older files.
        const bool optional = field == CourseField::LabIntensive || field == CourseField::Clinical
            || field == CourseField::Practicum || field == CourseField::ProfessionalBody;
        if (optional && !form.contains(key))
            continue;
        switch (field) {
        case CourseField::Kind:
            r.key(r.string(form, path, key), at, courseKindFromKey, &c->kind);
            break;
        case CourseField::Delivery:
            r.key(r.string(form, path, key), at, courseDeliveryFromKey, &c->delivery);
            break;
        case CourseField::Status:
            r.key(r.string(form, path, key), at, approvalStatusFromKey, &c->status);
            break;
        case CourseField::MqfLevel: c->mqfLevel = int(r.integer(form, path, key, 0)); break;
        case CourseField::SurveyRespondents: c->marketSurvey.respondents = int(r.integer(form, path, key, 0)); break;
        case CourseField::CreditValue: c->creditValue = r.number(form, path, key, 0); break;
        case CourseField::FeeSen: c->feeSen = r.integer(form, path, key, 0); break;
        case CourseField::LabIntensive: c->labIntensive = r.boolean(form, path, key); break;
        case CourseField::Clinical: c->clinical = r.boolean(form, path, key); break;
        case CourseField::Practicum: c->practicum = r.boolean(form, path, key); break;
        default: setCourseFieldValue(c, field, r.string(form, path, key)); break;
        }
        if (!r.ok())
            return;
    }
}

} // namespace

QString courseExchangeFormat()
{
    return QStringLiteral("mcstudio-course");
}

QByteArray courseToExchangeJson(const Course &c)
{
    QJsonObject form;
    for (CourseField field : allCourseFields())
        form.insert(courseFieldKey(field), fieldToJson(c, field));

    QJsonArray lecturers;
    for (const Lecturer &l : c.lecturers)
        lecturers.append(QJsonObject{{QStringLiteral("name"), l.name},
                                     {QStringLiteral("staff_id"), l.staffId},
                                     {QStringLiteral("email"), l.email},
                                     {QStringLiteral("role"), l.role}});
    QJsonArray clos;
    for (const Clo &clo : c.clos)
        clos.append(QJsonObject{{QStringLiteral("code"), clo.code},
                                {QStringLiteral("statement"), clo.statement},
                                {QStringLiteral("domain"), clo.domain},
                                {QStringLiteral("level"), clo.level}});
    QJsonArray assessment;
    for (const AssessmentComponent &a : c.assessment)
        assessment.append(QJsonObject{{QStringLiteral("name"), a.name},
                                      {QStringLiteral("kind"), assessmentComponentKindKey(a.kind)},
                                      {QStringLiteral("weight"), a.weight}});
    QJsonArray units;
    for (const LearningUnit &u : c.table4.units) {
        QJsonArray activities;
        for (const Activity &a : u.activities)
            activities.append(QJsonObject{{QStringLiteral("type"), a.type},
                                          {QStringLiteral("quantity"), a.quantity},
                                          {QStringLiteral("rate"), optionalNumber(a.rate)},
                                          {QStringLiteral("mode"), deliveryModeKey(a.mode)},
                                          {QStringLiteral("clos"), QJsonArray::fromStringList(a.clos)},
                                          {QStringLiteral("assessment"), assessmentKindKey(a.assessment)},
                                          {QStringLiteral("weight"), optionalNumber(a.weight)}});
        units.append(QJsonObject{{QStringLiteral("number"), u.number},
                                 {QStringLiteral("title"), u.title},
                                 {QStringLiteral("activities"), activities}});
    }
    QJsonArray milestones;
    for (const Milestone &m : c.milestones)
        milestones.append(QJsonObject{{QStringLiteral("number"), m.number},
                                      {QStringLiteral("planned_start"), dateJson(m.plannedStart)},
                                      {QStringLiteral("planned_due"), dateJson(m.plannedDue)},
                                      {QStringLiteral("actual_completion"), dateJson(m.actualCompletion)},
                                      {QStringLiteral("notes"), m.notes}});
    QJsonArray attachments;
    for (const Attachment &a : c.attachments)
        attachments.append(attachmentJson(a));

    const QJsonObject root{
        {QStringLiteral("format"), courseExchangeFormat()},
        {QStringLiteral("version"), kCourseExchangeVersion},
        {QStringLiteral("form"), form},
        {QStringLiteral("survey_attachment"),
         c.marketSurvey.attachment ? QJsonValue(attachmentJson(*c.marketSurvey.attachment)) : QJsonValue()},
        {QStringLiteral("lecturers"), lecturers},
        {QStringLiteral("clos"), clos},
        {QStringLiteral("assessment"), assessment},
        {QStringLiteral("table4"),
         QJsonObject{{QStringLiteral("rate_table_version"), c.table4.rateTableVersion}, {QStringLiteral("units"), units}}},
        {QStringLiteral("milestones"), milestones},
        {QStringLiteral("attachments"), attachments},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Course> courseFromExchangeJson(const QByteArray &json, ExchangeError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    Reader r(error);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(QString(), QStringLiteral("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.fail(QStringLiteral("$"), QStringLiteral("expected an object"));
        return std::nullopt;
    }
    const QString root = QStringLiteral("$");
    const QJsonObject o = doc.object();
    if (r.string(o, root, QStringLiteral("format")) != courseExchangeFormat() && r.ok())
        r.fail(QStringLiteral("$.format"), QStringLiteral("not a course exchange file (expected \"%1\")").arg(courseExchangeFormat()));
    const qint64 version = r.integer(o, root, QStringLiteral("version"), 1);
    if (r.ok() && version > kCourseExchangeVersion)
        r.fail(QStringLiteral("$.version"),
               QStringLiteral("version %1 is newer than this program reads (%2)").arg(version).arg(kCourseExchangeVersion));

    Course c;
    readForm(r, r.object(o, root, QStringLiteral("form")), &c);

    const QJsonValue survey = r.member(o, root, QStringLiteral("survey_attachment"));
    if (r.ok() && !survey.isNull()) {
        if (!survey.isObject())
            r.fail(QStringLiteral("$.survey_attachment"), QStringLiteral("expected an object or null"));
        else
            c.marketSurvey.attachment = r.attachment(survey.toObject(), QStringLiteral("$.survey_attachment"));
    }

    QString path = QStringLiteral("$.lecturers");
    QJsonArray a = r.array(o, root, QStringLiteral("lecturers"));
    for (int i = 0; r.ok() && i < a.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject e = r.element(a, i, path);
        Lecturer l;
        l.name = r.string(e, p, QStringLiteral("name"));
        l.staffId = r.string(e, p, QStringLiteral("staff_id"));
        l.email = r.string(e, p, QStringLiteral("email"));
        l.role = r.string(e, p, QStringLiteral("role"));
        c.lecturers.append(l);
    }
    path = QStringLiteral("$.clos");
    a = r.array(o, root, QStringLiteral("clos"));
    for (int i = 0; r.ok() && i < a.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject e = r.element(a, i, path);
        Clo clo;
        clo.code = r.string(e, p, QStringLiteral("code"));
        clo.statement = r.string(e, p, QStringLiteral("statement"));
        clo.domain = r.string(e, p, QStringLiteral("domain"));
        clo.level = r.string(e, p, QStringLiteral("level"));
        c.clos.append(clo);
    }
    path = QStringLiteral("$.assessment");
    a = r.array(o, root, QStringLiteral("assessment"));
    for (int i = 0; r.ok() && i < a.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject e = r.element(a, i, path);
        AssessmentComponent ac;
        ac.name = r.string(e, p, QStringLiteral("name"));
        r.key(r.string(e, p, QStringLiteral("kind")), p + QStringLiteral(".kind"), assessmentComponentKindFromKey, &ac.kind);
        ac.weight = r.number(e, p, QStringLiteral("weight"), 0);
        c.assessment.append(ac);
    }

    const QJsonObject table = r.object(o, root, QStringLiteral("table4"));
    path = QStringLiteral("$.table4");
    c.table4.rateTableVersion = int(r.integer(table, path, QStringLiteral("rate_table_version"), 0));
    const QJsonArray units = r.array(table, path, QStringLiteral("units"));
    for (int u = 0; r.ok() && u < units.size(); ++u) {
        const QString up = QStringLiteral("$.table4.units[%1]").arg(u);
        const QJsonObject ue = r.element(units, u, QStringLiteral("$.table4.units"));
        LearningUnit unit;
        unit.number = int(r.integer(ue, up, QStringLiteral("number")));
        unit.title = r.string(ue, up, QStringLiteral("title"));
        const QJsonArray acts = r.array(ue, up, QStringLiteral("activities"));
        for (int i = 0; r.ok() && i < acts.size(); ++i) {
            const QString ap = QStringLiteral("%1.activities[%2]").arg(up).arg(i);
            const QJsonObject ae = r.element(acts, i, up + QStringLiteral(".activities"));
            Activity act;
            act.type = r.string(ae, ap, QStringLiteral("type"));
            act.quantity = r.number(ae, ap, QStringLiteral("quantity"), 0);
            act.rate = r.optionalNumber(ae, ap, QStringLiteral("rate"));
            r.key(r.string(ae, ap, QStringLiteral("mode")), ap + QStringLiteral(".mode"), deliveryModeFromKey, &act.mode);
            const QJsonArray cl = r.array(ae, ap, QStringLiteral("clos"));
            for (int k = 0; r.ok() && k < cl.size(); ++k) {
                if (!cl.at(k).isString())
                    r.fail(QStringLiteral("%1.clos[%2]").arg(ap).arg(k), QStringLiteral("expected a string"));
                act.clos.append(cl.at(k).toString());
            }
            r.key(r.string(ae, ap, QStringLiteral("assessment")), ap + QStringLiteral(".assessment"),
                  assessmentKindFromKey, &act.assessment);
            act.weight = r.optionalNumber(ae, ap, QStringLiteral("weight"));
            unit.activities.append(act);
        }
        c.table4.units.append(unit);
    }

    path = QStringLiteral("$.milestones");
    a = r.array(o, root, QStringLiteral("milestones"));
    for (int i = 0; r.ok() && i < a.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject e = r.element(a, i, path);
        Milestone m;
        m.number = int(r.integer(e, p, QStringLiteral("number"), 1));
        if (r.ok() && m.number > 8)
            r.fail(p + QStringLiteral(".number"), QStringLiteral("must be 1 to 8"));
        m.plannedStart = r.date(e, p, QStringLiteral("planned_start"));
        m.plannedDue = r.date(e, p, QStringLiteral("planned_due"));
        m.actualCompletion = r.date(e, p, QStringLiteral("actual_completion"));
        m.notes = r.string(e, p, QStringLiteral("notes"));
        c.milestones.append(m);
    }
    path = QStringLiteral("$.attachments");
    a = r.array(o, root, QStringLiteral("attachments"));
    for (int i = 0; r.ok() && i < a.size(); ++i)
        c.attachments.append(r.attachment(r.element(a, i, path), QStringLiteral("%1[%2]").arg(path).arg(i)));

    if (r.ok() && c.code.trimmed().isEmpty())
        r.fail(QStringLiteral("$.form.code"), QStringLiteral("a course needs a code"));
    if (!r.ok())
        return std::nullopt;
    return c;
}

} // namespace mcs
