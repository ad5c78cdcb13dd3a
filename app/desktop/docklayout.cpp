#include "docklayout.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>

#include <algorithm>

namespace lagesbild
{
namespace
{
constexpr int kFrameAllowance = 32; //!< a window manager's title bar

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
    window.addDockWidget(area, docks[i]);
    if (i > 0)
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
  return std::clamp(windowWidth * 29 / 100, 340, 470);
}

void DockLayout::arrangeDefault(QMainWindow &window)
{
  window.setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
  window.setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
  // The right and left columns run the full height; the bottom strip only spans the map.
  window.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
  window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
  const QList<QDockWidget *> left = tabGroup(window, Qt::LeftDockWidgetArea, {"layersDock", "detailsDock"});
  const QList<QDockWidget *> right = tabGroup(window, Qt::RightDockWidgetArea, {"filterDock", "analysisDock", "interventionsDock"});
  const QList<QDockWidget *> bottom = tabGroup(window, Qt::BottomDockWidgetArea, {"timeDock", "tableDock"});
  const int width = window.width();
  if (!left.isEmpty())
    window.resizeDocks({left.first()}, {leftWidth(width)}, Qt::Horizontal);
  if (!right.isEmpty())
    window.resizeDocks({right.first()}, {rightWidth(width)}, Qt::Horizontal);
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
  const QSize size(available.width(), std::max(available.height() - kFrameAllowance, 200));
  window.resize(size);
  window.move(available.topLeft());
}

} // namespace lagesbild
