#include "docklayout.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QStyle>

#include <algorithm>

namespace lagesbild
{
namespace
{
constexpr int kFrameAllowance = 32;    //!< a window manager's title bar
constexpr int kSideFrameAllowance = 8; //!< its borders left and right
constexpr int kSmallestMapWidth = 360;
constexpr int kNarrowestLeft = 120;
constexpr int kNarrowestRight = 170;

QDockWidget *dock(QMainWindow &window, const char *name)
{
  return window.findChild<QDockWidget *>(QString::fromLatin1(name));
}

//! Puts the docks that exist into one tab group in an area; the first is shown.
QList<QDockWidget *> tabGroup(QMainWindow &window, Qt::DockWidgetArea area, std::initializer_list<const char *> names)
{
  QList<QDockWidget *> docks;
  for (const char *name : names)
  {
    if (QDockWidget *found = dock(window, name))
      docks << found;
  }
  for (int i = 0; i < docks.size(); ++i)
  {
    docks[i]->setFloating(false);
    // Only the first is added to the area; the others go straight into its tabs.
    if (i == 0)
      window.addDockWidget(area, docks[i]);
    else
      window.tabifyDockWidget(docks.first(), docks[i]);
    docks[i]->show();
  }
  if (!docks.isEmpty())
    docks.first()->raise();
  return docks;
}
} // namespace

int DockLayout::leftWidth(int windowWidth)
{
  return std::clamp(windowWidth * 15 / 100, 180, 260);
}

int DockLayout::rightWidth(int windowWidth)
{
  return std::clamp(windowWidth * 25 / 100, 330, 440);
}

void DockLayout::arrangeDefault(QMainWindow &window)
{
  window.setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
  window.setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
  // Re-adding a dock takes it out of its tabs and sets it beside them for a moment, and Qt widens
  // the window to hold both: the window keeps the size it had (on a small screen, the screen's).
  const QSize before = window.size();
  // The right and left columns run the full height; the bottom strip only spans the map.
  window.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
  window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
  const QList<QDockWidget *> left = tabGroup(window, Qt::LeftDockWidgetArea, {"layersDock", "detailsDock"});
  const QList<QDockWidget *> right = tabGroup(window, Qt::RightDockWidgetArea, {"filterDock", "analysisDock", "interventionsDock"});
  const QList<QDockWidget *> bottom = tabGroup(window, Qt::BottomDockWidgetArea, {"timeDock", "tableDock"});
  if (window.size() != before)
    window.resize(before.expandedTo(window.minimumSizeHint()));
  const int width = before.width();
  int leftSize = leftWidth(width);
  int rightSize = rightWidth(width);
  // The map column keeps what the bottom strip (the time slider) needs and a usable map; on a
  // small screen the side columns give way rather than pushing the window off the screen.
  int centre = kSmallestMapWidth;
  for (const QDockWidget *bottomDock : bottom)
    centre = std::max(centre, bottomDock->minimumSizeHint().width());
  const int spare = width - centre - 2 * window.style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent);
  if (leftSize + rightSize > spare)
  {
    const int shrunkLeft = std::max(kNarrowestLeft, spare * leftSize / std::max(leftSize + rightSize, 1));
    rightSize = std::max(kNarrowestRight, spare - shrunkLeft);
    leftSize = shrunkLeft;
  }
  if (!left.isEmpty())
    window.resizeDocks({left.first()}, {leftSize}, Qt::Horizontal);
  if (!right.isEmpty())
    window.resizeDocks({right.first()}, {rightSize}, Qt::Horizontal);
  if (!bottom.isEmpty())
    window.resizeDocks({bottom.first()}, {bottom.first()->widget() ? bottom.first()->widget()->sizeHint().height() + 30 : 100},
                       Qt::Vertical);
}

void DockLayout::fitToScreen(QWidget &window, const QByteArray &savedGeometry)
{
  const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
  if (!screen)
    return;
  const QRect available = screen->availableGeometry();
  if (!savedGeometry.isEmpty() && window.restoreGeometry(savedGeometry))
  {
    const QRect frame = window.frameGeometry();
    if (available.contains(frame) || window.isMaximized())
      return;
  }
  const QSize size(std::max(available.width() - kSideFrameAllowance, 200), std::max(available.height() - kFrameAllowance, 200));
  window.resize(size);
  window.move(available.topLeft());
}

} // namespace lagesbild
