#include "table4workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <array>

namespace mcs {

namespace {

// Translation context for lupdate and QCoreApplication::translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Table4Workbook)
};

constexpr std::array<DeliveryMode, 3> kModes = {DeliveryMode::Physical, DeliveryMode::OnlineSync,
                                                DeliveryMode::OnlineAsync};

enum Col : lxw_col_t { ColUnit, ColTopic, ColWeight, ColPhysical, ColSync, ColAsync, ColTotal, ColLast = ColTotal };

struct Formats
{
    lxw_format *title, *subtitle, *header, *text, *section, *hours, *weight, *totalText, *totalHours,
        *totalWeight, *credits;
};

Formats makeFormats(lxw_workbook *wb)
{
    const auto bordered = [wb](bool bold, const char *numFormat) {
        lxw_format *f = workbook_add_format(wb);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (bold)
            format_set_bold(f);
        if (numFormat)
            format_set_num_format(f, numFormat);
        return f;
    };
    Formats f{};
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.subtitle = workbook_add_format(wb);
    format_set_italic(f.subtitle);
    f.header = bordered(true, nullptr);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(f.header, 0xD9D9D9);
    f.text = bordered(false, nullptr);
    format_set_text_wrap(f.text);
    f.section = bordered(true, nullptr);
    format_set_bg_color(f.section, 0xF2F2F2);
    f.hours = bordered(false, "0.00");
    f.weight = bordered(false, nullptr); // General: 30, 33.3
    f.totalText = bordered(true, nullptr);
    f.totalHours = bordered(true, "0.00");
    f.totalWeight = bordered(true, nullptr);
    f.credits = bordered(true, "0.00");
    return f;
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

bool writeTable4Workbook(const SltCalculator &calc, const QString &path, const QString &subtitle, QString *error)
{
    // libxlsxwriter reports a file it cannot create on stderr itself; so it writes into a private
    // temporary directory, and the result is then saved to `path` atomically with Qt's error text.
    QTemporaryDir tmp;
    const QString tmpPath = tmp.filePath(QStringLiteral("table4.xlsx"));
    if (!tmp.isValid()) {
        if (error)
            *error = Tr::tr("cannot create a temporary directory: %1").arg(tmp.errorString());
        return false;
    }
    const QByteArray fileName = QFile::encodeName(tmpPath);
    lxw_workbook *wb = workbook_new(fileName.constData());
    if (!wb) {
        if (error)
            *error = Tr::tr("cannot start the workbook");
        return false;
    }
    lxw_worksheet *ws = workbook_add_worksheet(wb, utf8(Tr::tr("Table 4")).constData());
    const Formats f = makeFormats(wb);

    lxw_row_t row = 0;
    const auto text = [ws](lxw_row_t r, lxw_col_t c, const QString &s, lxw_format *format) {
        worksheet_write_string(ws, r, c, utf8(s).constData(), format);
    };
    const auto blank = [ws](lxw_row_t r, lxw_col_t c, lxw_format *format) { worksheet_write_blank(ws, r, c, format); };

    text(row++, ColUnit, Tr::tr("Table 4: Student Learning Time (SLT) summary"), f.title);
    text(row++, ColUnit,
         Tr::tr("%1 Rate table version %2 (guideline 2.2); 1 credit = 40 hours of SLT (MQF).")
             .arg(subtitle.isEmpty() ? QString() : subtitle + QStringLiteral(".")).arg(calc.rates().version()).trimmed(),
         f.subtitle);
    ++row;
    const lxw_row_t headerRow = row;
    const QStringList headers = {Tr::tr("Unit"), Tr::tr("Topic / assessment"), Tr::tr("Weight (%)"), Tr::tr("Physical (h)"),
                                 Tr::tr("Online synchronous (h)"), Tr::tr("Independent: online asynchronous (h)"),
                                 Tr::tr("Total SLT (h)")};
    for (lxw_col_t c = 0; c < lxw_col_t(headers.size()); ++c)
        text(row, c, headers.at(int(c)), f.header);
    worksheet_set_row(ws, row, 32, nullptr);
    ++row;

    // One row per unit: the activities that are not continuous/final assessments.
    struct Graded
    {
        int unit;
        int row;
    };
    QVector<Graded> continuous, finals;
    for (int u = 0; u < calc.unitCount(); ++u) {
        std::array<double, 3> modes{};
        for (int r = 0; r < calc.activityCount(u); ++r) {
            const Activity &a = calc.activity(u, r);
            if (a.assessment == AssessmentKind::Continuous) {
                continuous.append({u, r});
            } else if (a.assessment == AssessmentKind::Final) {
                finals.append({u, r});
            } else {
                modes[size_t(a.mode)] += calc.activityHours(u, r);
            }
        }
        worksheet_write_number(ws, row, ColUnit, calc.unit(u).number, f.text);
        text(row, ColTopic, calc.unit(u).title, f.text);
        blank(row, ColWeight, f.text);
        for (size_t m = 0; m < kModes.size(); ++m)
            worksheet_write_number(ws, row, lxw_col_t(ColPhysical + m), modes[m], f.hours);
        worksheet_write_number(ws, row, ColTotal, modes[0] + modes[1] + modes[2], f.hours);
        ++row;
    }

    // Then the graded assessments (1.5 f), each with its weight and hours.
    const auto section = [&](const QString &title, const QVector<Graded> &list) {
        text(row, ColUnit, title, f.section);
        for (lxw_col_t c = ColTopic; c <= ColLast; ++c)
            blank(row, c, f.section);
        ++row;
        for (const Graded &g : list) {
            const Activity &a = calc.activity(g.unit, g.row);
            const ActivityRate *spec = calc.rates().find(a.type);
            worksheet_write_number(ws, row, ColUnit, calc.unit(g.unit).number, f.text);
            const QString label = spec ? spec->label : a.type;
            // Every assessment aligns with a CLO (1.5 f): show which.
            text(row, ColTopic, a.clos.isEmpty() ? label : label + QStringLiteral(": ") + a.clos.join(QStringLiteral(", ")),
                 f.text);
            if (a.weight)
                worksheet_write_number(ws, row, ColWeight, *a.weight, f.weight);
            else
                blank(row, ColWeight, f.weight);
            const double h = calc.activityHours(g.unit, g.row);
            for (size_t m = 0; m < kModes.size(); ++m)
                worksheet_write_number(ws, row, lxw_col_t(ColPhysical + m), a.mode == kModes[m] ? h : 0.0, f.hours);
            worksheet_write_number(ws, row, ColTotal, h, f.hours);
            ++row;
        }
    };
    section(Tr::tr("Continuous assessment"), continuous);
    section(Tr::tr("Final assessment"), finals);

    // Grand total and credit value.
    text(row, ColUnit, Tr::tr("Total SLT"), f.totalText);
    blank(row, ColTopic, f.totalText);
    worksheet_write_number(ws, row, ColWeight, calc.assessmentWeightTotal(), f.totalWeight);
    for (size_t m = 0; m < kModes.size(); ++m)
        worksheet_write_number(ws, row, lxw_col_t(ColPhysical + m), calc.modeHours(kModes[m]), f.totalHours);
    worksheet_write_number(ws, row, ColTotal, calc.totalHours(), f.totalHours);
    ++row;
    text(row, ColUnit, Tr::tr("Credit value (total SLT / 40 h)"), f.totalText);
    for (lxw_col_t c = ColTopic; c < ColTotal; ++c)
        blank(row, c, f.totalText);
    worksheet_write_number(ws, row, ColTotal, calc.credits(), f.credits);
    const lxw_row_t lastRow = row;

    // Layout for reading and printing.
    worksheet_set_column(ws, ColUnit, ColUnit, 8, nullptr);
    worksheet_set_column(ws, ColTopic, ColTopic, 42, nullptr);
    worksheet_set_column(ws, ColWeight, ColWeight, 11, nullptr);
    worksheet_set_column(ws, ColPhysical, ColTotal, 15, nullptr);
    worksheet_freeze_panes(ws, headerRow + 1, 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_margins(ws, 0.5, 0.5, 0.75, 0.75);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, headerRow, headerRow);
    worksheet_print_area(ws, 0, ColUnit, lastRow, ColLast);
    worksheet_set_footer(ws, "&L&A&RPage &P of &N");

    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR) {
        if (error)
            *error = QString::fromUtf8(lxw_strerror(result));
        return false;
    }
    QFile written(tmpPath);
    QSaveFile out(path);
    if (!written.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(written.readAll()) < 0
        || !out.commit()) {
        if (error)
            *error = written.isOpen() ? out.errorString() : written.errorString();
        return false;
    }
    return true;
}

} // namespace mcs
