// ReportOptions: everything one printed map sheet or lägesbild report is made from — the store,
// the periods, the incident filter, the template, the title and comment, the public mode, and
// the near-repeat risk zones the map shows.
#pragma once

#include "model/incidentfilter.h"
#include "nearrepeat/riskzones.h"
#include "time/daterange.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace lagesbild
{

enum class ReportTemplate
{
  MapA4,  //!< one A4 landscape map sheet
  MapA3,  //!< one A3 landscape map sheet
  Report, //!< the multi-page A4 landscape lägesbild report
};

struct ReportOptions
{
    QString storePath;
    DateRange period;                   //!< the period shown (B of a comparison)
    std::optional<DateRange> compareTo; //!< the earlier period (A); report: defaults to the same days a year before
    IncidentFilter filter;              //!< its period is ignored
    //! Lägesbild reports' own periods when their reporting ran over other months than the crime
    //! statistics (the seed: June–November); none: the same periods as the crimes.
    std::optional<DateRange> reportsPeriod;
    std::optional<DateRange> reportsCompareTo;
    bool sumKinds = false; //!< also print the sum of both kinds (labelled); never instead of them
    ReportTemplate layoutTemplate = ReportTemplate::MapA4;
    QString title;                             //!< empty: a default title
    QString comment;                           //!< the coordinator's assessment (report template)
    bool heatMap = false;                      //!< map sheets: the heat map instead of the points
    bool publicVersion = false;                //!< aggregate to grid cells, suppress small counts
    int minimumCount = 5;                      //!< public version: counts below this are not shown
    double publicCellSize = 250.0;             //!< public version: grid cell size in metres
    std::vector<std::int64_t> interventionIds; //!< report: one follow-up page per intervention
    QString templatePath;                      //!< a user's edited .qpt instead of the built-in template
    QString outputPath;                        //!< the PDF, or a PNG when it ends in .png
    int imageDpi = 150;                        //!< PNG: resolution
    bool imageAllPages = false;                //!< PNG: one file per page (name.png, name_2.png …), else the first page
    //! Near-repeat risk zones drawn on the main map, on top (never in the public version: each is
    //! drawn around one incident); radius in metres.
    std::vector<RiskZone> riskZones;
    double riskZoneRadius = 0.0;
};

//! "map-a4", "map-a3", "report"; none for anything else.
std::optional<ReportTemplate> reportTemplateFromName(const QString &name);
QString reportTemplateName(ReportTemplate layoutTemplate);

//! The `lagesbild-cli report` arguments (after "report") that write the same output, so the UI
//! can export in a separate process; none when the filter has what the CLI cannot say (a bounding
//! box, municipality-precision incidents left out, or risk zones).
std::optional<QStringList> reportCommandLine(const ReportOptions &options);

} // namespace lagesbild
