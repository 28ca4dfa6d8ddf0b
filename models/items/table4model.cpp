#include "table4model.h"

#include "activitytsv.h"
#include "coursecommands.h"
#include "coursedocument.h"
#include "itemroles.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

namespace mcs {

namespace {

const QString kMimeType = QStringLiteral("application/x-mcs-table4-activities");

QString num(double v)
{
    return QString::number(v, 'g', 10);
}

// Weights like 20/6 % show as 3.33, not 3.3333333.
QString percent(double v)
{
    QString s = QString::number(v, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString modeName(DeliveryMode mode)
{
    switch (mode) {
    case DeliveryMode::Physical: return Table4Model::tr("Physical");
    case DeliveryMode::OnlineSync: return Table4Model::tr("Online sync");
    case DeliveryMode::OnlineAsync: return Table4Model::tr("Independent");
    }
    return {};
}

QString assessmentName(AssessmentKind kind)
{
    switch (kind) {
    case AssessmentKind::None: return QString();
    case AssessmentKind::Formative: return Table4Model::tr("Formative");
    case AssessmentKind::Continuous: return Table4Model::tr("Continuous");
    case AssessmentKind::Final: return Table4Model::tr("Final");
    }
    return {};
}

// "12 slides", "30 min", "1 page" (2.2's units).
QString quantityText(double quantity, const QString &unit)
{
    if (unit == QLatin1String("minute"))
        return Table4Model::tr("%1 min").arg(num(quantity));
    if (unit.isEmpty())
        return num(quantity);
    return QStringLiteral("%1 %2").arg(num(quantity), rateUnitName(unit, quantity != 1));
}

bool toNumber(const QVariant &value, double *out)
{
    bool ok = false;
    const double v = value.typeId() == QMetaType::QString ? value.toString().trimmed().toDouble(&ok)
                                                          : value.toDouble(&ok);
    if (ok)
        *out = v;
    return ok;
}

bool isBlank(const QVariant &value)
{
    return !value.isValid() || value.isNull()
        || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

// An activity layout by ids, to plan a sequence of moves whose indexes depend on the earlier ones.
struct Layout
{
    QVector<QVector<int>> units;
    Table4Model::Position find(int id) const
    {
        for (int u = 0; u < units.size(); ++u) {
            const int r = int(units.at(u).indexOf(id));
            if (r >= 0)
                return {u, r};
        }
        return {};
    }
};

Layout layoutOf(const SltCalculator &slt)
{
    Layout l;
    int id = 0;
    for (int u = 0; u < slt.unitCount(); ++u) {
        QVector<int> ids;
        for (int r = 0; r < slt.activityCount(u); ++r)
            ids.append(id++);
        l.units.append(ids);
    }
    return l;
}

int idAt(const SltCalculator &slt, Table4Model::Position p)
{
    int id = 0;
    for (int u = 0; u < p.unit; ++u)
        id += slt.activityCount(u);
    return id + p.row;
}

} // namespace

Table4Model::Table4Model(CourseDocument *doc, QObject *parent)
    : QAbstractItemModel(parent)
    , m_doc(doc)
{
    for (int u = 0; u < doc->slt().unitCount(); ++u)
        m_counts.append(doc->slt().activityCount(u));
    connect(doc, &CourseDocument::unitInserted, this, &Table4Model::onUnitInserted);
    connect(doc, &CourseDocument::unitRemoved, this, &Table4Model::onUnitRemoved);
    connect(doc, &CourseDocument::unitChanged, this, &Table4Model::onUnitChanged);
    connect(doc, &CourseDocument::activityInserted, this, &Table4Model::onActivityInserted);
    connect(doc, &CourseDocument::activityRemoved, this, &Table4Model::onActivityRemoved);
    connect(doc, &CourseDocument::activityChanged, this, &Table4Model::onActivityChanged);
    connect(doc, &CourseDocument::table4Reset, this, &Table4Model::onReset);
}

// --- structure ---

QModelIndex Table4Model::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex Table4Model::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int Table4Model::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_counts.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_counts.value(parent.row());
}

int Table4Model::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Table4Model::Position Table4Model::positionOf(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return {index.row(), -1};
    return {int(index.internalId() - 1), index.row()};
}

QModelIndex Table4Model::indexOf(Position pos, int column) const
{
    if (pos.unit < 0)
        return {};
    const QModelIndex unit = index(pos.unit, pos.row < 0 ? column : 0);
    return pos.row < 0 ? unit : index(pos.row, column, unit);
}

int Table4Model::docUnit(int mu) const
{
    switch (m_pending.kind) {
    case Pending::InsertUnit: return mu >= m_pending.unit ? mu + 1 : mu;
    case Pending::RemoveUnit:
        if (mu == m_pending.unit)
            return -1;
        return mu > m_pending.unit ? mu - 1 : mu;
    default: return mu;
    }
}

int Table4Model::docRow(int mu, int mr) const
{
    if (m_pending.unit != mu)
        return mr;
    switch (m_pending.kind) {
    case Pending::InsertActivity: return mr >= m_pending.row ? mr + 1 : mr;
    case Pending::RemoveActivity:
        if (mr == m_pending.row)
            return -1;
        return mr > m_pending.row ? mr - 1 : mr;
    default: return mr;
    }
}

// --- data ---

QVariant Table4Model::data(const QModelIndex &index, int role) const
{
    if (!m_doc || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Position p = positionOf(index);
    const int u = docUnit(p.unit);
    if (u < 0)
        return {};
    if (p.row < 0)
        return unitData(u, index.column(), role);
    const int r = docRow(p.unit, p.row);
    if (r < 0)
        return {};
    return activityData(u, r, index.column(), role);
}

QVariant Table4Model::unitData(int u, int column, int role) const
{
    const SltCalculator &slt = m_doc->slt();
    const LearningUnit &unit = slt.unit(u);
    switch (role) {
    case Table4IsUnitRole: return true;
    case Table4HoursRole: return slt.unitHours(u);
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::DisplayRole:
        if (column == TypeColumn)
            return tr("Unit %1: %2").arg(unit.number).arg(unit.title);
        if (column == HoursColumn)
            return QString::number(slt.unitHours(u), 'f', 2);
        if (column == QuantityColumn)
            return tr("%n activities", nullptr, slt.activityCount(u));
        return {};
    case Qt::EditRole:
        if (column == TypeColumn)
            return unit.title;
        return {};
    case Qt::ToolTipRole:
        if (column == HoursColumn)
            return tr("Sum of the planned SLT of this unit's activities (quantity × rate ÷ 60)");
        return {};
    case Qt::TextAlignmentRole:
        if (column == HoursColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant Table4Model::activityData(int u, int r, int column, int role) const
{
    const SltCalculator &slt = m_doc->slt();
    const Activity &a = slt.activity(u, r);
    const ActivityRate *type = slt.rates().find(a.type);
    const bool outOfRange = type && a.rate && type->kind == RateKind::Ranged
        && (*a.rate < type->min || *a.rate > type->max);
    const QString unitName = type ? type->unit : QString();

    if (role == Table4IsUnitRole)
        return false;
    if (role == Table4HoursRole)
        return slt.activityHours(u, r);
    if (role == Table4OutOfRangeRole)
        return outOfRange;
    if (role == Table4RateHintRole) {
        if (!type)
            return {};
        switch (type->kind) {
        case RateKind::Ranged:
            return tr("%1–%2 min per %3 (default %4)").arg(num(type->min), num(type->max), rateUnitName(type->unit, false),
                                                          num(*type->defaultRate()));
        case RateKind::Fixed: return tr("fixed: %1 min per %2").arg(num(type->min), rateUnitName(type->unit, false));
        case RateKind::Required: return tr("no guideline range: give the rate");
        }
        return {};
    }

    switch (column) {
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return type ? rateLabel(*type) : a.type;
        if (role == Qt::EditRole)
            return a.type;
        if (role == Qt::ToolTipRole && type)
            return tr("%1: quantity in %2, %3").arg(rateLabel(*type), rateUnitName(type->unit, true),
                                                     data(indexOf({u, r}, RateColumn), Table4RateHintRole).toString());
        break;
    case QuantityColumn:
        if (role == Qt::DisplayRole)
            return quantityText(a.quantity, unitName);
        if (role == Qt::EditRole)
            return a.quantity;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RateColumn:
        if (role == Qt::DisplayRole) {
            if (a.rate)
                return num(*a.rate);
            const auto d = type ? type->defaultRate() : std::nullopt;
            return d ? tr("(%1)").arg(num(*d)) : QString();
        }
        if (role == Qt::EditRole)
            return a.rate ? QVariant(*a.rate) : QVariant();
        if (role == Qt::ToolTipRole) {
            const QString hint = data(indexOf({u, r}, RateColumn), Table4RateHintRole).toString();
            return outOfRange ? tr("Outside the guideline range (2.2): %1").arg(hint)
                              : tr("SLT minutes per unit; blank = default. %1").arg(hint);
        }
        if (role == Qt::ForegroundRole) {
            if (outOfRange)
                return QBrush(QColor(0x9c, 0x2a, 0x00));
            if (!a.rate)
                return QBrush(QColor(0x80, 0x80, 0x80));
        }
        if (role == Qt::BackgroundRole && outOfRange)
            return QBrush(QColor(0xff, 0xe0, 0xb2));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ModeColumn:
        if (role == Qt::DisplayRole)
            return modeName(a.mode);
        if (role == Qt::EditRole)
            return deliveryModeKey(a.mode);
        if (role == Qt::ToolTipRole && a.mode == DeliveryMode::OnlineAsync)
            return tr("Independent learning: online asynchronous");
        break;
    case ClosColumn:
        if (role == Qt::DisplayRole)
            return a.clos.join(QStringLiteral(", "));
        if (role == Qt::EditRole)
            return a.clos;
        break;
    case AssessmentColumn:
        if (role == Qt::DisplayRole)
            return assessmentName(a.assessment);
        if (role == Qt::EditRole)
            return assessmentKindKey(a.assessment);
        break;
    case WeightColumn:
        if (role == Qt::DisplayRole)
            return a.weight ? tr("%1 %").arg(percent(*a.weight)) : QString();
        if (role == Qt::EditRole)
            return a.weight ? QVariant(*a.weight) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case HoursColumn:
        if (role == Qt::DisplayRole)
            return QString::number(slt.activityHours(u, r), 'f', 2);
        if (role == Qt::ToolTipRole)
            return tr("Quantity × rate (SLT minutes per unit) ÷ 60");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const SltFinding &f : slt.activityFindings(u, r))
            lines.append(f.message);
        if (!lines.isEmpty())
            return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant Table4Model::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TypeColumn: return tr("Activity");
        case QuantityColumn: return tr("Quantity");
        case RateColumn: return tr("Rate (min)");
        case ModeColumn: return tr("Mode");
        case ClosColumn: return tr("CLOs");
        case AssessmentColumn: return tr("Assessment");
        case WeightColumn: return tr("Weight");
        case HoursColumn: return tr("SLT (h)");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RateColumn: return tr("SLT minutes per unit of quantity (2.2); blank takes the range's midpoint");
        case HoursColumn: return tr("Planned student learning time in hours: quantity × rate ÷ 60");
        case WeightColumn: return tr("Percent of the final grade (continuous and final assessments, 1.5 f)");
        default: return {};
        }
    }
    return {};
}

Qt::ItemFlags Table4Model::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Position p = positionOf(index);
    if (p.row < 0) {
        f |= Qt::ItemIsDropEnabled;
        if (index.column() == TypeColumn)
            f |= Qt::ItemIsEditable;
        return f;
    }
    f |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != HoursColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

// --- editing ---

bool Table4Model::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_doc || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Position p = positionOf(index);
    if (p.row < 0) {
        if (index.column() != TypeColumn)
            return false;
        const LearningUnit &unit = m_doc->slt().unit(p.unit);
        const QString title = value.toString().trimmed();
        if (title == unit.title)
            return true;
        m_doc->undoStack()->push(new SetUnitHeaderCommand(m_doc, p.unit, unit.number, title));
        return true;
    }
    return setActivityData(p.unit, p.row, index.column(), value);
}

bool Table4Model::setActivityData(int u, int r, int column, const QVariant &value)
{
    const RateTable &rates = m_doc->slt().rates();
    Activity a = m_doc->slt().activity(u, r);
    double v = 0;
    switch (column) {
    case TypeColumn: {
        const QString key = value.toString().trimmed();
        const ActivityRate *type = rates.find(key);
        if (!type)
            return false;
        if (a.type != type->key)
            a.rate.reset(); // a rate belongs to its type's unit
        a.type = type->key;
        break;
    }
    case QuantityColumn:
        if (!toNumber(value, &v))
            return false;
        a.quantity = v;
        break;
    case RateColumn:
        if (isBlank(value))
            a.rate.reset();
        else if (toNumber(value, &v))
            a.rate = v;
        else
            return false;
        break;
    case WeightColumn:
        if (isBlank(value))
            a.weight.reset();
        else if (toNumber(value, &v))
            a.weight = v;
        else
            return false;
        break;
    case ModeColumn:
        if (!deliveryModeFromKey(value.toString(), &a.mode))
            return false;
        break;
    case AssessmentColumn:
        if (!assessmentKindFromKey(value.toString(), &a.assessment))
            return false;
        break;
    case ClosColumn:
        if (value.typeId() == QMetaType::QStringList) {
            a.clos = value.toStringList();
        } else {
            a.clos.clear();
            for (const QString &c : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                a.clos.append(c.trimmed());
        }
        break;
    default: return false;
    }
    if (a == m_doc->slt().activity(u, r))
        return true;
    m_doc->undoStack()->push(new SetActivityCommand(m_doc, u, r, a));
    return true;
}

bool Table4Model::insertActivities(int unit, int row, const QVector<Activity> &activities)
{
    if (!m_doc || activities.isEmpty())
        return false;
    auto *parent = new QUndoCommand(activities.size() == 1 ? tr("Add activity")
                                                           : tr("Add %n activities", nullptr, int(activities.size())));
    if (m_doc->slt().unitCount() == 0) {
        new InsertUnitCommand(m_doc, 0, LearningUnit{1, tr("Unit 1"), {}}, parent);
        unit = 0;
        row = 0;
    }
    if (unit < 0 || unit >= std::max(1, m_doc->slt().unitCount())) {
        delete parent;
        return false;
    }
    for (int i = 0; i < activities.size(); ++i)
        new InsertActivityCommand(m_doc, unit, row + i, activities.at(i), parent);
    m_doc->undoStack()->push(parent);
    return true;
}

void Table4Model::removeRowsAt(QVector<Position> positions)
{
    if (!m_doc || positions.isEmpty())
        return;
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    QVector<int> units;
    for (const Position &p : positions)
        if (p.row < 0)
            units.append(p.unit);
    auto *parent = new QUndoCommand(tr("Remove %n rows", nullptr, int(positions.size())));
    for (auto it = positions.crbegin(); it != positions.crend(); ++it) {
        if (it->row < 0)
            new RemoveUnitCommand(m_doc, it->unit, parent);
        else if (!units.contains(it->unit))
            new RemoveActivityCommand(m_doc, it->unit, it->row, parent);
    }
    m_doc->undoStack()->push(parent);
}

QVector<Table4Model::Position> Table4Model::moveActivities(QVector<Position> positions, int delta)
{
    QVector<Position> result;
    if (!m_doc)
        return result;
    positions.erase(std::remove_if(positions.begin(), positions.end(), [](const Position &p) { return p.row < 0; }),
                    positions.end());
    if (positions.isEmpty() || (delta != -1 && delta != 1))
        return result;
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    if (delta > 0)
        std::reverse(positions.begin(), positions.end());
    const SltCalculator &slt = m_doc->slt();
    Layout layout = layoutOf(slt);
    QVector<int> ids;
    for (const Position &p : positions)
        ids.append(idAt(slt, p));
    auto *parent = new QUndoCommand(tr("Move %n activities", nullptr, int(positions.size())));
    for (int id : ids) {
        const Position from = layout.find(id);
        Position to = from;
        if (delta < 0) {
            if (from.row > 0)
                to.row = from.row - 1;
            else if (from.unit > 0)
                to = {from.unit - 1, int(layout.units.at(from.unit - 1).size())};
            else
                to = {};
        } else {
            if (from.row < layout.units.at(from.unit).size() - 1)
                to.row = from.row + 1;
            else if (from.unit < layout.units.size() - 1)
                to = {from.unit + 1, 0};
            else
                to = {};
        }
        if (to.unit < 0) { // the block is at the edge: nothing moves
            delete parent;
            return {};
        }
        layout.units[from.unit].removeAt(from.row);
        layout.units[to.unit].insert(to.row, id);
        new MoveActivityCommand(m_doc, from.unit, from.row, to.unit, to.row, parent);
    }
    m_doc->undoStack()->push(parent);
    for (int id : ids)
        result.append(layout.find(id));
    std::sort(result.begin(), result.end());
    return result;
}

void Table4Model::moveActivitiesTo(QVector<Position> positions, int unit, int row)
{
    if (!m_doc || unit < 0 || unit >= m_doc->slt().unitCount())
        return;
    positions.erase(std::remove_if(positions.begin(), positions.end(), [](const Position &p) { return p.row < 0; }),
                    positions.end());
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    if (positions.isEmpty())
        return;
    const SltCalculator &slt = m_doc->slt();
    Layout layout = layoutOf(slt);
    QVector<int> ids;
    for (const Position &p : positions)
        ids.append(idAt(slt, p));
    // The first unselected activity at or after the drop place stays put; the moved ones go before it.
    int marker = -1;
    for (int r = std::max(0, row); r < slt.activityCount(unit); ++r) {
        const int id = idAt(slt, {unit, r});
        if (!ids.contains(id)) {
            marker = id;
            break;
        }
    }
    auto *parent = new QUndoCommand(tr("Move %n activities", nullptr, int(positions.size())));
    int moves = 0;
    for (int id : ids) {
        const Position from = layout.find(id);
        layout.units[from.unit].removeAt(from.row);
        const int to = marker >= 0 ? int(layout.units.at(unit).indexOf(marker)) : int(layout.units.at(unit).size());
        layout.units[unit].insert(to, id);
        if (from.unit == unit && from.row == to)
            continue;
        new MoveActivityCommand(m_doc, from.unit, from.row, unit, to, parent);
        ++moves;
    }
    if (moves == 0) {
        delete parent;
        return;
    }
    m_doc->undoStack()->push(parent);
}

void Table4Model::insertUnit(int index, const QString &title)
{
    if (!m_doc)
        return;
    index = std::clamp(index, 0, m_doc->slt().unitCount());
    const int number = index > 0 ? m_doc->slt().unit(index - 1).number + 1 : 1;
    m_doc->undoStack()->push(new InsertUnitCommand(m_doc, index, LearningUnit{number, title, {}}));
}

QVector<Activity> Table4Model::activitiesAt(const QVector<Position> &positions) const
{
    QVector<Position> sorted;
    for (const Position &p : positions) {
        if (p.row >= 0) {
            sorted.append(p);
        } else {
            for (int r = 0; r < m_doc->slt().activityCount(p.unit); ++r)
                sorted.append({p.unit, r});
        }
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QVector<Activity> out;
    for (const Position &p : sorted)
        out.append(m_doc->slt().activity(p.unit, p.row));
    return out;
}

Table4Model::Position Table4Model::pasteTarget(Position at) const
{
    const SltCalculator &slt = m_doc->slt();
    if (at.unit >= 0 && at.unit < slt.unitCount())
        return at.row >= 0 ? Position{at.unit, at.row + 1} : Position{at.unit, slt.activityCount(at.unit)};
    if (slt.unitCount() == 0)
        return {0, 0};
    return {slt.unitCount() - 1, slt.activityCount(slt.unitCount() - 1)};
}

bool Table4Model::paste(const QMimeData *data, Position at, QString *error)
{
    if (!m_doc || !data)
        return false;
    QString text;
    if (data->hasFormat(kMimeType)) {
        const QByteArray bytes = data->data(kMimeType);
        text = QString::fromUtf8(bytes.mid(bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1));
    } else if (data->hasText()) {
        text = data->text();
    } else {
        return false;
    }
    QVector<Activity> activities;
    Table4CsvError e;
    if (!ActivityTsv::read(text, m_doc->slt().rates(), &activities, &e)) {
        if (error)
            *error = e.toString();
        return false;
    }
    if (activities.isEmpty()) {
        if (error)
            *error = tr("The clipboard holds no activities");
        return false;
    }
    const Position target = pasteTarget(at);
    return insertActivities(target.unit, target.row, activities);
}

// --- drag and drop ---

QStringList Table4Model::mimeTypes() const
{
    return {kMimeType, QStringLiteral("text/plain")};
}

QMimeData *Table4Model::mimeData(const QModelIndexList &indexes) const
{
    QVector<Position> positions;
    for (const QModelIndex &i : indexes) {
        const Position p = positionOf(i);
        if (p.row < 0) {
            for (int r = 0; r < m_doc->slt().activityCount(p.unit); ++r)
                positions.append({p.unit, r});
        } else {
            positions.append(p);
        }
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    if (positions.isEmpty())
        return nullptr;
    QStringList where;
    for (const Position &p : positions)
        where.append(QStringLiteral("%1,%2").arg(p.unit).arg(p.row));
    const QString tsv = ActivityTsv::write(activitiesAt(positions));
    auto *mime = new QMimeData;
    // Line 1: the source model, line 2: the positions, then the activities as TSV.
    mime->setData(kMimeType, QByteArray::number(quintptr(this)) + '\n' + where.join(QLatin1Char(';')).toUtf8() + '\n'
                                 + tsv.toUtf8());
    mime->setText(tsv);
    return mime;
}

bool Table4Model::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && (action == Qt::MoveAction || action == Qt::CopyAction)
        && (data->hasFormat(kMimeType) || data->hasText());
}

bool Table4Model::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!m_doc || !canDropMimeData(data, action, row, 0, parent))
        return false;
    const SltCalculator &slt = m_doc->slt();
    Position target;
    const Position p = positionOf(parent);
    if (p.unit >= 0 && p.row >= 0) {
        target = p; // dropped onto an activity: before it
    } else if (p.unit >= 0) {
        target = {p.unit, row < 0 ? slt.activityCount(p.unit) : row};
    } else if (slt.unitCount() > 0) {
        const int u = row < 0 ? slt.unitCount() - 1 : std::max(0, row - 1);
        target = {u, row == 0 ? 0 : slt.activityCount(u)};
    } else {
        target = {0, 0};
    }
    if (action == Qt::MoveAction && data->hasFormat(kMimeType)) {
        const QList<QByteArray> lines = data->data(kMimeType).split('\n');
        if (lines.size() >= 2 && lines.at(0) == QByteArray::number(quintptr(this))) {
            QVector<Position> from;
            for (const QByteArray &w : lines.at(1).split(';')) {
                const QList<QByteArray> ur = w.split(',');
                if (ur.size() == 2)
                    from.append({ur.at(0).toInt(), ur.at(1).toInt()});
            }
            moveActivitiesTo(from, target.unit, target.row);
            return false; // done here; the view must not remove the source rows
        }
    }
    QString error;
    return paste(data, {target.unit, target.row - 1}, &error);
}

// --- document signals ---

void Table4Model::emitUnitHoursChanged(int unit)
{
    const QModelIndex i = index(unit, QuantityColumn);
    const QModelIndex j = index(unit, HoursColumn);
    Q_EMIT dataChanged(i, j, {Qt::DisplayRole, Table4HoursRole});
}

void Table4Model::onUnitInserted(int index)
{
    m_pending = {Pending::InsertUnit, index, -1};
    beginInsertRows({}, index, index);
    m_counts.insert(index, m_doc->slt().activityCount(index));
    m_pending = {};
    endInsertRows();
}

void Table4Model::onUnitRemoved(int index)
{
    m_pending = {Pending::RemoveUnit, index, -1};
    beginRemoveRows({}, index, index);
    m_counts.remove(index);
    m_pending = {};
    endRemoveRows();
}

void Table4Model::onUnitChanged(int unit)
{
    Q_EMIT dataChanged(index(unit, 0), index(unit, ColumnCount - 1));
}

void Table4Model::onActivityInserted(int unit, int row)
{
    m_pending = {Pending::InsertActivity, unit, row};
    beginInsertRows(index(unit, 0), row, row);
    ++m_counts[unit];
    m_pending = {};
    endInsertRows();
    emitUnitHoursChanged(unit);
}

void Table4Model::onActivityRemoved(int unit, int row)
{
    m_pending = {Pending::RemoveActivity, unit, row};
    beginRemoveRows(index(unit, 0), row, row);
    --m_counts[unit];
    m_pending = {};
    endRemoveRows();
    emitUnitHoursChanged(unit);
}

void Table4Model::onActivityChanged(int unit, int row)
{
    const QModelIndex parent = index(unit, 0);
    Q_EMIT dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
    emitUnitHoursChanged(unit);
}

void Table4Model::onReset()
{
    beginResetModel();
    m_counts.clear();
    for (int u = 0; u < m_doc->slt().unitCount(); ++u)
        m_counts.append(m_doc->slt().activityCount(u));
    endResetModel();
}

} // namespace mcs
