// Qt's own visible strings that Debian's Swedish Qt 5 translation (qt_sv.qm, package
// qttranslations5-l10n) lacks: that file predates Qt 5, so the standard dialog buttons (context
// QPlatformTheme, or QGnomeTheme under a GNOME-like desktop) and parts of Qt's file dialog stay
// English. Listed here so lupdate puts them, under Qt's own contexts, into lagesbild_sv.ts, and our
// translator answers for them (Qt's translator is asked first and wins where it has a string).
#include <QtGlobal>

namespace lagesbild
{
[[maybe_unused]] static const char *const kQtStrings[][2] = {
  QT_TRANSLATE_NOOP3("QPlatformTheme", "OK", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Save", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Save All", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Open", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "&Yes", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Yes to &All", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "&No", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "N&o to All", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Abort", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Retry", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Ignore", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Close", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Cancel", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Discard", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Help", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Apply", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Reset", ""),
  QT_TRANSLATE_NOOP3("QPlatformTheme", "Restore Defaults", ""),
  QT_TRANSLATE_NOOP3("QGnomeTheme", "&OK", ""),
  QT_TRANSLATE_NOOP3("QGnomeTheme", "&Save", ""),
  QT_TRANSLATE_NOOP3("QGnomeTheme", "&Cancel", ""),
  QT_TRANSLATE_NOOP3("QGnomeTheme", "&Close", ""),
  QT_TRANSLATE_NOOP3("QGnomeTheme", "Close without Saving", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Look in:", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Back", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Forward", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Parent Directory", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Create New Folder", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "List View", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Detail View", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Sidebar", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Files", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Recent Places", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Save As", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "New Folder", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "Show &hidden files", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "&Rename", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "&Delete", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "&New Folder", ""),
  QT_TRANSLATE_NOOP3("QFileDialog", "%1 already exists.\nDo you want to replace it?", ""),
  QT_TRANSLATE_NOOP3("QFileSystemModel", "Name", ""),
  QT_TRANSLATE_NOOP3("QFileSystemModel", "Size", ""),
  QT_TRANSLATE_NOOP3("QFileSystemModel", "Type", ""),
  QT_TRANSLATE_NOOP3("QFileSystemModel", "Date Modified", ""),
  QT_TRANSLATE_NOOP3("QFileSystemModel", "My Computer", ""),
  QT_TRANSLATE_NOOP3("QFileSystemModel", "Computer", ""),
};
} // namespace lagesbild
