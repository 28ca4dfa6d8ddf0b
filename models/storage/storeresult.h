#pragma once

#include <QString>

namespace mcs {

// The outcome of a write. A conflict is not an error of the program: someone else saved the
// same record first, and the caller decides what to do (reload, compare, save under a new code).
struct StoreResult
{
    enum class Status {
        Saved,
        Conflict,      // the stored row version moved on since this copy was loaded
        Deleted,       // the record was deleted by someone else meanwhile
        DuplicateCode, // another record already uses the unique code
        Failed,        // the database refused (message holds the driver's words)
    };
    Status status = Status::Saved;
    QString message; // for the user; names the record

    bool ok() const { return status == Status::Saved; }
    static StoreResult saved() { return {}; }
    static StoreResult failure(Status status, QString message) { return {status, std::move(message)}; }
};

} // namespace mcs
