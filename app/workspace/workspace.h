// Workspace: the desktop application's window as a whole — the main window with the analyst's
// pane and the interventions dock added (they live in libraries above the desktop one) and the
// dock layout finished. The app and the UI tests build the same window through it.
#pragma once

namespace lagesbild
{

class AnalysisPane;
class InterventionsPanel;
class MainWindow;
class NearRepeatTab;

struct Workspace
{
    AnalysisPane *analysis = nullptr;
    InterventionsPanel *interventions = nullptr;
    NearRepeatTab *nearRepeat = nullptr; //!< the analysis pane's "Närupprepning" tab

    //! Adds the analysis (with its near-repeat tab) and interventions docks to the window, wires them, and lays out the docks.
    static Workspace assemble(MainWindow &window);
};

} // namespace lagesbild
