#pragma once

#include "ed25519key.h"
#include "issuersettings.h"
#include "statement.h"
#include "statementdata.h"
#include "statementrenderer.h"
#include "statementverifier.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <functional>
#include <memory>

namespace mcs {

class Database;
struct Course;

// Issues statements from the database: the issuer's key (made on first use), serials and signed
// tokens through StatementRepository in one transaction, every Appendix 1 field composed from
// the course, offering, learner and result. Also what reprints, badges and verification need.
class StatementIssuer
{
public:
    explicit StatementIssuer(Database &db);
    ~StatementIssuer();

    // Where "now" comes from (issue and revocation times); tests pin it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // A statement ready to print: the stored record and the fields on the page.
    struct Printable
    {
        Statement statement;
        StatementData data;
    };
    struct Result
    {
        bool ok = false;
        QString error;              // when not ok: nothing was issued
        QVector<Printable> statements;
        int newlyIssued = 0;
        QStringList skipped;        // "<learner>: <why>" for enrolments that got no statement
        QStringList revoked;        // the part of skipped whose statement was revoked: not issued again
    };

    // Every eligible learner of one offering, of every offering of a course, or of every course
    // (courseId 0 and offeringId 0). Issued statements are returned again unchanged (reprint).
    Result issueFor(qint64 courseId, qint64 offeringId);
    // Chosen enrolments (the statements view's selection).
    Result issue(const QVector<qint64> &enrolmentIds);

    // One issued statement by serial, to print again or to turn into a badge.
    bool printable(const QString &serial, Printable *out, QString *error);
    bool revoke(const QString &serial, const QString &reason, QString *error);

    // The issuer's key pair, created and stored on first use.
    bool signingKey(Ed25519Key *out, QString *error);
    // Its public half as SubjectPublicKeyInfo PEM (created on first use as well).
    QByteArray publicKeyPem(QString *error);
    // Knows every key the database ever used and every revocation.
    bool verifier(StatementVerifier *out, QString *error);

    // Open Badges 3.0 credential of an issued, unrevoked statement: JSON, or with jwt its VC-JWT;
    // linkedIn receives the "Add to profile" URL.
    bool badge(const QString &serial, bool jwt, QByteArray *out, QUrl *linkedIn, QString *error);

    bool settings(IssuerSettings *out, QString *error);
    // The renderer with the institution's name and logo from the settings.
    StatementRenderer renderer();
    // Its options, for a caller that adds the statement's language (the statements desk).
    StatementRenderer::Options rendererOptions();

private:
    bool compose(qint64 enrolmentId, StatementData *out, QString *learnerName, QString *error);
    const Course *course(qint64 courseId, QString *error);

    Database &m_db;
    std::function<QDateTime()> m_clock;
    QHash<qint64, std::shared_ptr<Course>> m_courses;
    bool m_settingsLoaded = false;
    IssuerSettings m_settings;
};

} // namespace mcs
