// QgisRuntime: QGIS initialisation in one place — prefix and plugin paths, providers, a
// Lägesbild-specific profile folder, headless use with QT_QPA_PLATFORM=offscreen — shared by
// the desktop app, the CLI's QGIS helper (report, field-package) and the tests. Also loads the UI
// translations (UiLanguage, which needs no QGIS).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QgsApplication;

namespace lagesbild
{

class QgisRuntime
{
  public:
    //! Creates a GUI-enabled QgsApplication; without a display it runs offscreen. argc must
    //! outlive the application (pass main's argc).
    static std::unique_ptr<QgsApplication> createApplication(int &argc, char **argv);
    //! As createApplication, but always offscreen (CLI, tests).
    static std::unique_ptr<QgsApplication> createHeadlessApplication(int &argc, char **argv);

    //! Sets paths and runs initQgis once; called by the create functions.
    static void initialise();
    //! exitQgis when initialised; safe to call more than once.
    static void shutdown();

    //! UiLanguage::install(): Swedish unless English is asked for; returns "sv" or "en".
    static QString installTranslations();

    //! True when QGIS is initialised and its OGR provider is loaded.
    static bool hasOgrProvider();
};

} // namespace lagesbild
