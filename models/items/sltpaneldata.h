#pragma once

#include "sltfinding.h"

#include <QString>
#include <QVector>

namespace mcs {

class CourseDocument;

// The figures of the live SLT panel, prepared from a document's calculator (DESIGN.md habit 9:
// the widget only shows them). Each figure carries its text and a tooltip saying how it is
// computed.
struct SltPanelData
{
    struct Figure
    {
        QString label;
        QString text;
        QString toolTip;
        bool warning = false; // shown in a warning colour
    };
    struct Row // a unit or a CLO and its hours
    {
        QString label;
        double hours = 0;
    };

    double totalHours = 0;
    double minHours = 0;
    double maxHours = 0;
    double credits = 0;
    double claimableCredits = 0;
    double physicalHours = 0;
    double syncHours = 0;
    double independentHours = 0; // online asynchronous
    double onlineShare = 0;      // percent
    double weightTotal = 0;      // percent
    bool sbl = false;            // the course is Substitute Blended Learning: 30-79% online
    bool onlineShareInWindow = true;
    int errorCount = 0;
    int warningCount = 0;

    Figure total, band, credit, claimable, online, weights;
    QVector<Row> units;
    QVector<Row> clos;
    QVector<SltFinding> findings;

    static SltPanelData from(const CourseDocument &doc);
    static QString hours(double h); // "12.50 h"
};

} // namespace mcs
