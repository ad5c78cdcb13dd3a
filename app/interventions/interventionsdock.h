// InterventionsDock: puts the interventions panel into the main window as a dock tabbed with
// the filter panel, with the incidents selected on the map as the form's triggering incidents.
#pragma once

namespace lagesbild
{

class InterventionsPanel;
class MainWindow;

class InterventionsDock
{
  public:
    //! Adds the "Interventions" dock (object name "interventionsDock") and returns its panel.
    static InterventionsPanel *addTo(MainWindow &window);
};

} // namespace lagesbild
