#pragma once

#include "statementdata.h"

#include <QString>

namespace mcs::test {

StatementData sampleStatement();
// Runs zbarimg on a PNG and returns what the QR code says (empty when nothing was decoded).
QString decodeQr(const QString &pngPath);
// Copies a produced file into $MCS_TEST_ARTIFACTS (when set) so people can look at it.
void keepArtifact(const QString &path);

} // namespace mcs::test
