#pragma once

#include <QLatin1String>

// Identifiers of the application-wide actions (DESIGN.md habit 8). Editors and docks look
// actions up by these ids in the ActionManager instead of reaching into MainWindow.
namespace mcs::ActionId {
inline constexpr QLatin1String NewDatabase{"file.new_database"};
inline constexpr QLatin1String OpenDatabase{"file.open_database"};
inline constexpr QLatin1String ConnectServer{"file.connect_server"};
inline constexpr QLatin1String Save{"file.save"};
inline constexpr QLatin1String Print{"file.print"};
inline constexpr QLatin1String ExportPdf{"file.export_pdf"};
inline constexpr QLatin1String Quit{"file.quit"};
inline constexpr QLatin1String Undo{"edit.undo"};
inline constexpr QLatin1String Redo{"edit.redo"};
inline constexpr QLatin1String FindCourse{"edit.find_course"};
inline constexpr QLatin1String Cut{"edit.cut"};
inline constexpr QLatin1String Copy{"edit.copy"};
inline constexpr QLatin1String Paste{"edit.paste"};
inline constexpr QLatin1String ShowNavigator{"view.navigator"};
inline constexpr QLatin1String CloseTab{"view.close_tab"};
inline constexpr QLatin1String ShowCourseForm{"view.course_form"};
inline constexpr QLatin1String ShowTable4{"view.table4"};
inline constexpr QLatin1String DarkTheme{"view.dark_theme"};
inline constexpr QLatin1String LanguageEnglish{"tools.language.en"};
inline constexpr QLatin1String LanguageMalay{"tools.language.ms"};
inline constexpr QLatin1String ImportTable4Csv{"table4.import_csv"};
inline constexpr QLatin1String ExportTable4Csv{"table4.export_csv"};
inline constexpr QLatin1String ExportTable4Xlsx{"table4.export_xlsx"};
inline constexpr QLatin1String ExportTable4Pdf{"table4.export_pdf"};
inline constexpr QLatin1String ShowPortfolio{"view.portfolio"};
inline constexpr QLatin1String ShowTasks{"view.tasks"};
inline constexpr QLatin1String ShowAudit{"view.audit"};
inline constexpr QLatin1String SltRates{"tools.slt_rates"};
inline constexpr QLatin1String ShowStatements{"view.statements"};
inline constexpr QLatin1String VerifyStatement{"tools.verify_statement"};
inline constexpr QLatin1String AccreditedProgrammes{"tools.accredited_programmes"};
inline constexpr QLatin1String IssuerSettings{"tools.issuer_settings"};
inline constexpr QLatin1String SaveVersion{"file.save_version"};
inline constexpr QLatin1String CheckOut{"file.check_out"};
inline constexpr QLatin1String CheckIn{"file.check_in"};
inline constexpr QLatin1String About{"help.about"};
inline constexpr QLatin1String AboutQt{"help.about_qt"};
} // namespace mcs::ActionId
