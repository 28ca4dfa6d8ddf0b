#pragma once

#include "offering.h"
#include "storeresult.h"

#include <QVector>

namespace mcs {

class Database;

// Offerings (cohorts) of courses, learners and their enrolments with results (3, 4). Each write is
// one statement or one transaction; list reads cost one query each.
class OfferingRepository
{
public:
    explicit OfferingRepository(Database &db);

    StoreResult saveOffering(Offering *offering);
    bool offeringsOfCourse(qint64 courseId, QVector<Offering> *out, QString *error) const;

    StoreResult saveLearner(Learner *learner);
    bool learners(QVector<Learner> *out, QString *error) const;

    StoreResult saveEnrolment(Enrolment *enrolment);
    bool enrolmentsOfOffering(qint64 offeringId, QVector<Enrolment> *out, QString *error) const;

    // Writes many learners or enrolments in one transaction (imports, the demo portfolio).
    StoreResult saveLearners(QVector<Learner> *learners);
    StoreResult saveEnrolments(QVector<Enrolment> *enrolments);

    // Results confirmed by Senate, i.e. ready for a statement (Appendix 1), in the whole database.
    qint64 senateApprovedCount(QString *error) const;

private:
    Database &m_db;
};

} // namespace mcs
