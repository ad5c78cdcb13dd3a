// Workspace: the desktop application's window as a whole — the main window with the analyst's
// pane and the interventions dock added (they live in libraries above the desktop one) and the
// dock layout finished. The app and the UI tests build the same window through it.
#pragma once

namespace lagesbild
{

class AnalysisPane;
class InterventionsPanel;
class MainWindow;

struct Workspace
{
    AnalysisPane *analysis = nullptr;
    InterventionsPanel *interventions = nullptr;

    //! Adds the analysis and interventions docks to the window, wires them, and lays out the docks.
    static Workspace assemble(MainWindow &window);
};

} // namespace lagesbild
