// DefaultLayoutDesign: draws the default print templates from scratch — the A4 and A3 map
// sheets, the multi-page lägesbild report and the intervention follow-up page — with
// placeholders only: texts are layout variables ([% @lagesbild_title %] …), tables are empty and
// charts are marked by a frame. The shipped resources/layouts/*.qpt were saved from these with
// `lagesbild-cli report --write-default-templates DIR`; at run time the .qpt files are what is
// used (ReportLayout), so a template edited in QGIS changes the printed output.
#pragma once

#include "reportoptions.h"

#include <memory>

class QgsPrintLayout;
class QgsProject;

namespace lagesbild
{

class DefaultLayoutDesign
{
  public:
    static std::unique_ptr<QgsPrintLayout> create(QgsProject *project, ReportTemplate layoutTemplate);
    //! One A4 landscape page for one intervention's follow-up; the report appends one per intervention.
    static std::unique_ptr<QgsPrintLayout> createFollowUp(QgsProject *project);
};

} // namespace lagesbild
