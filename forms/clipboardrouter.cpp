#include "clipboardrouter.h"

#include "table4editor.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QApplication>
#include <QClipboard>
#include <QMetaObject>
#include <QWidget>

namespace mcs::ClipboardRouter {

bool route(Operation operation, QWidget *focus)
{
    if (!focus)
        return false;
    // A text field (a cell being edited, a spin box) keeps its own clipboard operations.
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(focus)) {
        if (QLineEdit *line = spin->findChild<QLineEdit *>())
            focus = line;
    }
    const bool textInput = focus->metaObject()->indexOfSlot("copy()") >= 0;
    // Otherwise the Table 4 editor, when the focus is in it, gets its row operations.
    for (QWidget *w = focus; w && !textInput; w = w->parentWidget()) {
        if (auto *editor = qobject_cast<Table4Editor *>(w)) {
            switch (operation) {
            case Operation::Cut: editor->cut(); break;
            case Operation::Copy: editor->copy(); break;
            case Operation::Paste: editor->paste(); break;
            }
            return true;
        }
    }
    // Line and text edits (and spin boxes' line edits) have cut(), copy() and paste() slots.
    const char *slot = operation == Operation::Cut ? "cut" : operation == Operation::Copy ? "copy" : "paste";
    if (focus->metaObject()->indexOfSlot((QByteArray(slot) + "()").constData()) >= 0)
        return QMetaObject::invokeMethod(focus, slot);
    if (auto *view = qobject_cast<QAbstractItemView *>(focus); view && operation == Operation::Copy) {
        const QModelIndex current = view->currentIndex();
        if (!current.isValid())
            return false;
        QApplication::clipboard()->setText(current.data(Qt::DisplayRole).toString());
        return true;
    }
    return false;
}

} // namespace mcs::ClipboardRouter
