// DockLayout: where the main window's docks go so that the map is the largest part of the
// window — layers and incident details tabbed on the left, filter, analysis and interventions
// tabbed on the right, time slider and table tabbed at the bottom, each only as wide or high as
// it needs to be at the window's size — and the window fitted to the screen it is on. The layout
// the user makes is saved with a version: a layout saved by an older version is not restored.
#pragma once

#include <QByteArray>

class QMainWindow;
class QWidget;

namespace lagesbild
{

class DockLayout
{
  public:
    //! Version of saved dock layouts: raise it when the default layout changes.
    static constexpr int kVersion = 2;

    //! Places and sizes the docks (found by object name) for the window's current size.
    static void arrangeDefault(QMainWindow &window);
    //! Width of the left and right dock columns for a window this wide.
    static int leftWidth(int windowWidth);
    static int rightWidth(int windowWidth);
    //! Gives the window the available area of its screen (less room for a window frame), or keeps
    //! a saved geometry that fits on it.
    static void fitToScreen(QWidget &window, const QByteArray &savedGeometry);
};

} // namespace lagesbild
