#pragma once

#include "statementverifier.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace mcs {

// Tools › Verify Statement: paste the URL from a statement's QR code (or the bare token) and see
// VALID with the signed fields, or NOT VALID with the reason (bad signature, malformed, unknown
// key, revoked). Knows the keys and revocations it is given (StatementIssuer::verifier).
class VerifyStatementDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerifyStatementDialog(StatementVerifier verifier, QWidget *parent = nullptr);

    void setInput(const QString &tokenOrUrl);
    // Checks the input now; the outcome is shown and returned.
    StatementVerifier::Result verify();
    // The outcome as plain text ("VALID\nserial: ..." or "NOT VALID: ..."), for tests and copying.
    QString resultText() const { return m_resultText; }

private:
    void loadKeyFile();

    StatementVerifier m_verifier;
    QPlainTextEdit *m_input;
    QLabel *m_result;
    QString m_resultText;
};

} // namespace mcs
