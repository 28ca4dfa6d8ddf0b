#include "statementissuer.h"

#include "course.h"
#include "courserepository.h"
#include "database.h"
#include "issuerrepository.h"
#include "openbadge.h"
#include "serialpattern.h"
#include "statementcontent.h"
#include "statementrepository.h"
#include "statementtoken.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace mcs {
namespace {

// lupdate files these strings under mcs::StatementIssuer, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::StatementIssuer)
};

IssuerKeyRecord generateKey()
{
    const Ed25519Key key = Ed25519Key::generate();
    IssuerKeyRecord r;
    if (!key.isValid())
        return r;
    r.kid = key.keyId();
    r.privatePem = key.privatePem();
    r.publicPem = key.publicPem();
    r.createdAt = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace

StatementIssuer::StatementIssuer(Database &db)
    : m_db(db)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

StatementIssuer::~StatementIssuer() = default;

bool StatementIssuer::settings(IssuerSettings *out, QString *error)
{
    if (!m_settingsLoaded) {
        if (!IssuerRepository(m_db).settings(&m_settings, error))
            return false;
        m_settingsLoaded = true;
    }
    *out = m_settings;
    return true;
}

StatementRenderer StatementIssuer::renderer()
{
    return StatementRenderer(rendererOptions());
}

StatementRenderer::Options StatementIssuer::rendererOptions()
{
    IssuerSettings s;
    StatementRenderer::Options options;
    if (settings(&s, nullptr)) {
        options.institutionHeading = s.institutionName;
        if (!s.logoPng.isEmpty())
            options.logo = QImage::fromData(s.logoPng);
    }
    return options;
}

bool StatementIssuer::signingKey(Ed25519Key *out, QString *error)
{
    const auto record = IssuerRepository(m_db).currentKey(generateKey, error);
    if (!record)
        return false;
    *out = Ed25519Key::fromPrivatePem(record->privatePem);
    if (!out->isValid() || out->keyId() != record->kid) {
        if (error)
            *error = Tr::tr("the issuer's key in the database is damaged (key %1)").arg(record->kid);
        return false;
    }
    return true;
}

QByteArray StatementIssuer::publicKeyPem(QString *error)
{
    IssuerRepository repo(m_db);
    QString why;
    if (const auto key = repo.currentPublicKey(&why))
        return key->publicPem;
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    Ed25519Key key;
    if (!signingKey(&key, error))
        return {};
    return key.publicPem();
}

bool StatementIssuer::verifier(StatementVerifier *out, QString *error)
{
    *out = StatementVerifier();
    QVector<IssuerKeyRecord> keys;
    if (!IssuerRepository(m_db).publicKeys(&keys, error))
        return false;
    for (const IssuerKeyRecord &k : keys)
        out->addKey(Ed25519Key::fromPublicPem(k.publicPem));
    QHash<QString, QString> revoked;
    if (!StatementRepository(m_db).revocations(&revoked, error))
        return false;
    for (auto it = revoked.constBegin(); it != revoked.constEnd(); ++it)
        out->setRevoked(it.key(), it.value());
    return true;
}

const Course *StatementIssuer::course(qint64 courseId, QString *error)
{
    auto it = m_courses.find(courseId);
    if (it == m_courses.end()) {
        std::optional<Course> c = CourseRepository(m_db).load(courseId, error);
        if (!c)
            return nullptr;
        it = m_courses.insert(courseId, std::make_shared<Course>(std::move(*c)));
    }
    return it.value().get();
}

bool StatementIssuer::compose(qint64 enrolmentId, StatementData *out, QString *learnerName, QString *error)
{
    Enrolment e;
    Learner l;
    Offering o;
    IssuerSettings s;
    if (!StatementRepository(m_db).enrolmentDetails(enrolmentId, &e, &l, &o, error) || !settings(&s, error))
        return false;
    const Course *c = course(o.courseId, error);
    if (!c)
        return false;
    *out = composeStatement(*c, o, l, e, s);
    if (learnerName)
        *learnerName = l.name;
    return true;
}

StatementIssuer::Result StatementIssuer::issueFor(qint64 courseId, qint64 offeringId)
{
    QVector<qint64> ids;
    Result r;
    if (!StatementRepository(m_db).enrolmentIds(courseId, offeringId, &ids, &r.error))
        return r;
    return issue(ids);
}

StatementIssuer::Result StatementIssuer::issue(const QVector<qint64> &enrolmentIds)
{
    Result r;
    IssuerSettings s;
    Ed25519Key key;
    if (!settings(&s, &r.error) || !signingKey(&key, &r.error))
        return r;
    // Compose before the transaction: the serial-counter lock is then held only for signing.
    QHash<qint64, StatementData> data;
    QHash<qint64, QString> names;
    for (const qint64 id : enrolmentIds) {
        StatementData d;
        QString name;
        if (!compose(id, &d, &name, &r.error))
            return r;
        data.insert(id, d);
        names.insert(id, name);
    }
    StatementRepository::IssueOutcome outcome;
    const StoreResult stored = StatementRepository(m_db).issue(
        enrolmentIds, SerialPattern(s.serialPattern), m_clock(),
        [&](const Statement &draft, QString *) {
            StatementData d = data.value(draft.enrolmentId);
            d.serial = draft.serial;
            return statementtoken::sign(d, key);
        },
        &outcome);
    if (!stored.ok()) {
        r.error = stored.message;
        return r;
    }
    for (const Statement &st : outcome.statements) {
        StatementData d = data.value(st.enrolmentId);
        d.serial = st.serial;
        d.verificationUrl = statementtoken::verificationUrl(s.verificationBaseUrl, st.token);
        r.statements.append({st, d});
    }
    r.newlyIssued = int(outcome.newlyIssued.size());
    for (const qint64 id : enrolmentIds)
        if (outcome.skipped.contains(id))
            r.skipped << QStringLiteral("%1: %2").arg(names.value(id), outcome.skipped.value(id));
    for (const qint64 id : outcome.revoked)
        r.revoked << QStringLiteral("%1: %2").arg(names.value(id), outcome.skipped.value(id));
    r.ok = true;
    return r;
}

bool StatementIssuer::printable(const QString &serial, Printable *out, QString *error)
{
    QString why;
    const std::optional<Statement> st = StatementRepository(m_db).findBySerial(serial, &why);
    if (!st) {
        if (error)
            *error = why.isEmpty() ? Tr::tr("there is no statement %1").arg(serial) : why;
        return false;
    }
    IssuerSettings s;
    if (!compose(st->enrolmentId, &out->data, nullptr, error) || !settings(&s, error))
        return false;
    out->statement = *st;
    out->data.serial = st->serial;
    out->data.verificationUrl = statementtoken::verificationUrl(s.verificationBaseUrl, st->token);
    return true;
}

bool StatementIssuer::revoke(const QString &serial, const QString &reason, QString *error)
{
    const StoreResult r = StatementRepository(m_db).revoke(serial, reason, m_clock());
    if (!r.ok() && error)
        *error = r.message;
    return r.ok();
}

bool StatementIssuer::badge(const QString &serial, bool jwt, QByteArray *out, QUrl *linkedIn, QString *error)
{
    Printable p;
    if (!printable(serial, &p, error))
        return false;
    if (p.statement.isRevoked()) {
        if (error)
            *error = Tr::tr("statement %1 was revoked (%2); no badge is issued for it").arg(serial, p.statement.revocationReason);
        return false;
    }
    IssuerSettings s;
    Enrolment e;
    Learner l;
    Offering o;
    if (!settings(&s, error) || !StatementRepository(m_db).enrolmentDetails(p.statement.enrolmentId, &e, &l, &o, error))
        return false;
    const Course *c = course(o.courseId, error);
    if (!c)
        return false;

    IssuerProfile issuer{s.institutionUrl, s.institutionName, s.institutionUrl, s.contactEmail};
    BadgeInput in;
    in.credentialId = p.data.verificationUrl;
    QString base = s.institutionUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    in.achievementId = QStringLiteral("%1/micro-credentials/%2").arg(base, c->code);
    in.description = c->synopsis.trimmed();
    in.criteria = Tr::tr("Completed the assessments of %1 (%2) with grade %3; the result was confirmed by the University "
                     "Senate on %4.")
                      .arg(c->title, c->code, e.grade, e.senateApprovedOn.toString(Qt::ISODate));
    in.recipientEmail = l.email;
    in.recipientNationalId = l.isInternational() ? l.passportNo : QString(l.nric).remove(QLatin1Char('-'));
    // A salt nobody can guess without the signature, yet the same on every export of this badge.
    in.salt = QString::fromLatin1(
        QCryptographicHash::hash(p.statement.token.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    const QJsonObject credential = openbadge::credential(p.data, issuer, in);
    if (jwt) {
        Ed25519Key key;
        if (!signingKey(&key, error))
            return false;
        *out = openbadge::signedJwt(credential, key).toLatin1();
    } else {
        *out = QJsonDocument(credential).toJson(QJsonDocument::Indented);
    }
    if (linkedIn)
        *linkedIn = openbadge::linkedInAddToProfileUrl(p.data, p.data.verificationUrl);
    return true;
}

} // namespace mcs
