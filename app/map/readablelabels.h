// ReadableLabels: labels of the data layers (named areas, interventions) that stay readable over a
// busy base map — QGIS's labelling engine places them without collisions (never "show all
// labels"), interventions before areas before base-map names (priorities), each label an obstacle
// for the others, a white buffer, and only at scales where they fit.
#pragma once

class QgsProject;
class QgsVectorLayer;

namespace lagesbild
{

class ReadableLabels
{
  public:
    //! Priorities (0..10): what the coordinator acts on wins a collision.
    static constexpr int kInterventionPriority = 9;
    static constexpr int kAreaPriority = 7;
    //! Area names only when zoomed in further than this scale (1:N); interventions a little further out.
    static constexpr double kAreaScale = 40000.0;
    static constexpr double kInterventionScale = 60000.0;

    //! Labels of the named areas (their name) with collision avoidance, priority and scale range;
    //! not the municipality's or the tätort's (area_type municipality, urban).
    static void applyToAreas(QgsVectorLayer *layer);
    //! Labels of the interventions (their title).
    static void applyToInterventions(QgsVectorLayer *layer);
    //! The project's labelling engine: collisions avoided (not UseAllLabels), no partial labels at the edge.
    static void applyToProject(QgsProject *project);
};

} // namespace lagesbild
