// InterventionsPanel: the "Interventions" (insatser) dock — the list of interventions in the
// store (type, title, period, active or closed) with New…, Edit…, Close and Delete, their
// treated areas on the map, and the follow-up of the selected one below the list.
#pragma once

#include "model/reference.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QPushButton;
class QgsRubberBand;
class QTableWidget;

namespace lagesbild
{

class FollowUpPanel;
class InterventionForm;
class StoreSession;

class InterventionsPanel : public QWidget
{
    Q_OBJECT

  public:
    //! canvas and project may be nullptr (no map: no treated-area layer, no picking on the map).
    InterventionsPanel(StoreSession *session, QgsMapCanvas *canvas, QgsProject *project, QWidget *parent = nullptr);
    ~InterventionsPanel() override;

    //! "Active", "Planned" or "Closed" (Avslutad) from the intervention's dates on that day, and
    //! "Closed" when it was closed by hand.
    static QString statusText(const Intervention &intervention, const QDate &today);
    //! Re-reads the interventions from the store, refreshes the list and the map layers.
    void reload();
    const std::vector<Intervention> &interventions() const { return mInterventions; }

    //! Selects the intervention in the list (and so shows its follow-up). False when it is not there.
    bool selectIntervention(std::int64_t id);
    //! Id of the selected intervention, 0 when none.
    std::int64_t selectedId() const;

    //! Opens the form for a new intervention (not modal); the list reloads when it is saved.
    InterventionForm *newIntervention();
    //! Opens the form for the selected intervention; nullptr when none is selected.
    InterventionForm *editSelected();
    //! Marks the selected intervention closed (it stays for follow-up).
    void closeSelected();
    //! Asks for confirmation, then deletes the selected intervention.
    void deleteSelected();
    //! Zooms the map to the selected intervention's treated area and buffer.
    void zoomToSelected();

    //! Where the form's "Use selected incidents" takes the ids from.
    void setSelectedIncidentsProvider(std::function<std::vector<std::int64_t>()> provider);

    QTableWidget *table() const { return mTable; }
    FollowUpPanel *followUp() const { return mFollowUp; }
    //! The layer that draws the treated areas: the store's interventions layer when it holds
    //! polygons (schema 3 on), else a memory layer the panel fills.
    QgsVectorLayer *treatedAreasLayer() const { return mAreasLayer; }

  Q_SIGNALS:
    void addToReportRequested(std::int64_t interventionId);
    //! An intervention was added, changed or deleted.
    void interventionsChanged();

  private:
    void selectionChanged();
    InterventionForm *openForm(const Intervention *existing);
    void saved(std::int64_t id);
    void projectLayersAdded();
    void updateMapLayers();
    void raiseAboveOtherPolygons(QgsVectorLayer &layer);
    void showBufferOnMap();
    const Intervention *selected() const;
    QString periodText(const Intervention &intervention) const;

    StoreSession *mSession = nullptr;
    QPointer<QgsMapCanvas> mCanvas;
    QPointer<QgsProject> mProject;
    QPointer<QgsVectorLayer> mTreatedAreas; //!< the memory layer, only for stores with point geometry
    QPointer<QgsVectorLayer> mAreasLayer;
    QString mLoadedPath;
    std::vector<Intervention> mInterventions;
    std::function<std::vector<std::int64_t>()> mSelectedIncidents;
    QPointer<InterventionForm> mForm;
    bool mReloadScheduled = false;

    QTableWidget *mTable = nullptr;
    QPushButton *mNew = nullptr;
    QPushButton *mEdit = nullptr;
    QPushButton *mClose = nullptr;
    QPushButton *mDelete = nullptr;
    QPushButton *mZoom = nullptr;
    std::unique_ptr<QgsRubberBand> mBufferBand;
    FollowUpPanel *mFollowUp = nullptr;
};

} // namespace lagesbild
