#pragma once

#include "ratetable.h"

namespace mcs {

// The rate table compiled into the program (resources/slt/rates-v1.json, at
// ":/slt/rates-v1.json"). It lives in the domain because every layer needs it (storage records
// its version, the item models and the command line compute with it) and the domain is the one
// layer all of them reach; reading a compiled-in Qt resource touches no disk.
const RateTable &builtinRateTable();

// The resource path of the built-in table, for tests and diagnostics.
QString builtinRateTablePath();

} // namespace mcs
