#include "workspace.h"

#include "analysis/analysispane.h"
#include "analysis/comparisontab.h"
#include "desktop/mainwindow.h"
#include "interventions/interventionsdock.h"
#include "interventions/interventionspanel.h"
#include "nearrepeat/nearrepeattab.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QFrame>
#include <QScrollArea>
#include <QTimer>

namespace lagesbild
{
namespace
{
//! Milliseconds from the map's first frame to the analysis pane's counts.
constexpr int kPaneAfterMapMs = 200;
} // namespace

Workspace Workspace::assemble(MainWindow &window)
{
  Workspace result;
  auto *analysisDock = new QDockWidget(QCoreApplication::translate("main", "Analysis"), &window);
  analysisDock->setObjectName(QStringLiteral("analysisDock"));
  result.analysis = new AnalysisPane(window.session(), window.filterPanel());
  // Scrolls rather than forcing the window taller than the screen.
  auto *scroll = new QScrollArea(analysisDock);
  scroll->setObjectName(QStringLiteral("analysisScroll"));
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(result.analysis);
  analysisDock->setWidget(scroll);
  // The near-repeat tab (Knox test, risk zones on the map) follows the same filter as the pane.
  result.nearRepeat = new NearRepeatTab(window.session(), window.filterPanel(), window.project(), result.analysis->tabs());
  result.analysis->tabs()->addTab(result.nearRepeat, QCoreApplication::translate("main", "Near repeats"));
  QObject::connect(result.nearRepeat, &NearRepeatTab::riskZonesChanged, &window, &MainWindow::setRiskZones);
  QObject::connect(result.analysis->comparisonTab(), &ComparisonTab::hotspotChangeRequested, &window, &MainWindow::showHotspotChange);
  window.addDockWidget(Qt::RightDockWidgetArea, analysisDock);
  // The map of a newly opened store is drawn before the pane counts.
  QObject::connect(&window, &MainWindow::storeOpening, result.analysis, &AnalysisPane::hold);
  // Released a moment after the frame, so the window paints it before the pane's counts run.
  AnalysisPane *pane = result.analysis;
  QObject::connect(&window, &MainWindow::mapDrawn, pane, [pane]() { QTimer::singleShot(kPaneAfterMapMs, pane, &AnalysisPane::release); });
  result.interventions = InterventionsDock::addTo(window);
  QObject::connect(result.interventions, &InterventionsPanel::addToReportRequested, &window, &MainWindow::printWithIntervention);
  window.finishLayout();
  return result;
}

} // namespace lagesbild
