// MainWindow: the coordinator's window — a QGIS map canvas with its layer tree — and the
// loading of a store (or any GeoPackage) onto the map.
#pragma once

#include <QMainWindow>
#include <QPointer>

class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapCanvas;
class QgsProject;
class QgsVectorLayer;

namespace lagesbild
{

class MainWindow : public QMainWindow
{
    Q_OBJECT

  public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Adds every vector layer of a GeoPackage to the map (points on top) and zooms to the
    //! points. Returns false, with a message shown in the status bar, when nothing could be loaded.
    bool openStore(const QString &path);

    QgsMapCanvas *mapCanvas() const { return mCanvas; }
    QgsProject *project() const { return mProject; }

  private:
    void buildMenus();
    void chooseStore();

    QgsProject *mProject = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
    QgsLayerTreeView *mLayerTreeView = nullptr;
    QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
    QString mStorePath;
};

} // namespace lagesbild
