#include "followuppage.h"

#include "layoutcharts.h"
#include "layoutstyle.h"
#include "reportwording.h"
#include "time/stockholmtime.h"

#include <qgslayout.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmanualtable.h>
#include <qgstablecell.h>
#include <qgstextformat.h>

namespace lagesbild
{
namespace
{
QgsLayoutItem *byId(const QList<QgsLayoutItem *> &items, const QString &id)
{
  for (QgsLayoutItem *item : items)
  {
    if (item->id() == id)
      return item;
  }
  return nullptr;
}

void setText(const QList<QgsLayoutItem *> &items, const QString &id, const QString &text)
{
  if (auto *label = qobject_cast<QgsLayoutItemLabel *>(byId(items, id)))
    label->setText(text);
}

QgsTableCell cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft, const QgsTextFormat *bold = nullptr)
{
  QgsTableCell result(text);
  result.setHorizontalAlignment(alignment);
  if (bold)
    result.setTextFormat(*bold);
  return result;
}

QString periodWithDays(const DateRange &range)
{
  return QStringLiteral("%1 (%2 dagar)").arg(ReportWording::period(range)).arg(range.dayCount());
}

QString counts(const ZoneSummary &zone)
{
  return QStringLiteral("%1 före, %2 efter").arg(ReportWording::integer(zone.counts.before), ReportWording::integer(zone.counts.after));
}

QString place(const InterventionEvaluation &evaluation)
{
  const Intervention &intervention = evaluation.intervention();
  if (!intervention.areaCode.isEmpty())
    return QStringLiteral("området %1").arg(intervention.areaCode);
  if (intervention.centre)
    return QStringLiteral("inom %1 m från punkten %2, %3 (SWEREF 99 TM)")
      .arg(ReportWording::integer(std::llround(intervention.radius)), ReportWording::integer(std::llround(intervention.centre->y)),
           ReportWording::integer(std::llround(intervention.centre->x)));
  return QStringLiteral("ett ritat område");
}
} // namespace

QString FollowUpPage::typeName(const QString &type)
{
  static const QHash<QString, QString> names{{QStringLiteral("police_presence"), QStringLiteral("polisnärvaro")},
                                             {QStringLiteral("guards"), QStringLiteral("ordningsvakter")},
                                             {QStringLiteral("night_walks"), QStringLiteral("nattvandring")},
                                             {QStringLiteral("lighting"), QStringLiteral("belysning")},
                                             {QStringLiteral("clean_up"), QStringLiteral("städning")},
                                             {QStringLiteral("camera"), QStringLiteral("kamerabevakning")}};
  return names.value(type, type);
}

// The same Swedish words as the app's follow-up panel (core/followup's verdict titles in the
// Swedish translation), so the printed page and the screen agree.
QString FollowUpPage::verdictTitle(FollowUpVerdict verdict)
{
  switch (verdict)
  {
  case FollowUpVerdict::TooFewIncidents:
    return QStringLiteral("För få händelser för att säga något");
  case FollowUpVerdict::NoEffect:
    return QStringLiteral("Ingen effekt i insatsområdet");
  case FollowUpVerdict::DiffusionOfBenefits:
    return QStringLiteral("Spridning av positiva effekter");
  case FollowUpVerdict::NoDisplacement:
    return QStringLiteral("Ingen förflyttning eller spridning");
  case FollowUpVerdict::PartialDisplacement:
    return QStringLiteral("Delvis förflyttning");
  case FollowUpVerdict::DisplacementExceedsEffect:
    return QStringLiteral("Förflyttningen är större än effekten");
  }
  return QString();
}

QString FollowUpPage::explanation(const InterventionEvaluation &evaluation)
{
  const ZoneSummary &treated = evaluation.treated();
  const ZoneSummary &buffer = evaluation.buffer();
  const QString treatedCounts = counts(treated);
  const QString bufferCounts = counts(buffer);
  const auto quotient = evaluation.displacement().quotient();
  const QString wdq =
    quotient ? QStringLiteral("WDQ = %1").arg(ReportWording::decimal(*quotient, 2)) : QStringLiteral("WDQ kan inte beräknas");
  QString text;
  switch (evaluation.verdict())
  {
  case FollowUpVerdict::TooFewIncidents:
    text = QStringLiteral("Insatsområdet har för få händelser (%1) för att säga något om effekten.").arg(treatedCounts);
    break;
  case FollowUpVerdict::NoEffect:
    text = QStringLiteral("Insatsområdet fick inte färre händelser i förhållande till kontrollområdet (%1).").arg(treatedCounts);
    break;
  case FollowUpVerdict::DiffusionOfBenefits:
    text = QStringLiteral("Färre händelser i insatsområdet (%1), och buffertzonen runt det fick också det lugnare (%2): "
                          "nyttan spred sig. %3.")
             .arg(treatedCounts, bufferCounts, wdq);
    break;
  case FollowUpVerdict::NoDisplacement:
    text = QStringLiteral("Färre händelser i insatsområdet (%1) utan att problemet flyttade till buffertzonen (%2). %3.")
             .arg(treatedCounts, bufferCounts, wdq);
    break;
  case FollowUpVerdict::PartialDisplacement:
    text = QStringLiteral("Färre händelser i insatsområdet (%1), men en del flyttade till buffertzonen (%2). "
                          "%3: vinsten är större än förflyttningen.")
             .arg(treatedCounts, bufferCounts, wdq);
    break;
  case FollowUpVerdict::DisplacementExceedsEffect:
    text = QStringLiteral("Problemet flyttade: buffertzonen ökade (%2) mer än insatsområdet minskade (%1). %3.")
             .arg(treatedCounts, bufferCounts, wdq);
    break;
  }
  text += QStringLiteral(" Förändringen i insatsområdet: %1, %2.")
            .arg(ReportWording::pValue(treated.pValue), ReportWording::significance(treated.pValue));
  return text;
}

void FollowUpPage::fill(QgsLayout *layout, int page, const QList<QgsLayoutItem *> &items, const InterventionEvaluation &evaluation)
{
  const Intervention &intervention = evaluation.intervention();
  const StockholmTime &time = StockholmTime::instance();
  setText(items, QStringLiteral("followup-title"),
          QStringLiteral("Uppföljning: %1")
            .arg(intervention.title.isEmpty() ? QStringLiteral("insats %1").arg(intervention.id) : intervention.title));
  const QDate start = time.localDate(intervention.startUtc);
  const QString period = intervention.endUtc ? ReportWording::period(DateRange(start, time.localDate(*intervention.endUtc)))
                                             : QStringLiteral("från %1, pågår").arg(ReportWording::date(start));
  QString type = typeName(intervention.type);
  if (!type.isEmpty())
    type[0] = type[0].toUpper();
  setText(items, QStringLiteral("followup-details"),
          QStringLiteral("%1; %2; %3").arg(type.isEmpty() ? QStringLiteral("Insats") : type, period, place(evaluation)));

  if (auto *frame = qobject_cast<QgsLayoutFrame *>(byId(items, QStringLiteral("followup-table"))))
  {
    if (auto *table = qobject_cast<QgsLayoutItemManualTable *>(frame->multiFrame()))
    {
      QgsTextFormat bold = table->contentTextFormat();
      QFont font = bold.font();
      font.setBold(true);
      bold.setFont(font);
      QgsTableContents contents;
      contents << QgsTableRow{
        cell(QStringLiteral("Zon"), Qt::AlignLeft, &bold),    cell(QStringLiteral("Före"), Qt::AlignRight, &bold),
        cell(QStringLiteral("Efter"), Qt::AlignRight, &bold), cell(QStringLiteral("Förändring"), Qt::AlignRight, &bold),
        cell(QStringLiteral("%"), Qt::AlignRight, &bold),     cell(QStringLiteral("p"), Qt::AlignRight, &bold)};
      const auto row = [&](const QString &name, const ZoneSummary &zone)
      {
        contents << QgsTableRow{
          cell(name),
          cell(ReportWording::integer(zone.counts.before), Qt::AlignRight),
          cell(ReportWording::integer(zone.counts.after), Qt::AlignRight),
          cell(ReportWording::signedInteger(zone.change), Qt::AlignRight),
          cell(ReportWording::changePercent(zone.changePercent), Qt::AlignRight),
          cell(ReportWording::pValue(zone.pValue).remove(QStringLiteral("p ")).remove(QStringLiteral("= ")), Qt::AlignRight)};
      };
      row(QStringLiteral("Insatsområde"), evaluation.treated());
      row(QStringLiteral("Buffertzon (%1 m)").arg(ReportWording::integer(std::llround(evaluation.options().bufferWidth))),
          evaluation.buffer());
      row(QStringLiteral("Kontrollområde"), evaluation.control());
      table->setTableContents(contents);
    }
  }

  QString periods =
    QStringLiteral("Före: %1. Efter: %2.").arg(periodWithDays(evaluation.periods().before()), periodWithDays(evaluation.periods().after()));
  if (evaluation.periods().during())
    periods += QStringLiteral(" Under insatsen: %1 (jämförs inte).").arg(periodWithDays(*evaluation.periods().during()));
  periods += QStringLiteral(" Räknat: %1; kontrollområdet: %2.")
               .arg(ReportWording::kind(evaluation.options().filter.kind).toLower(),
                    evaluation.controlAreaCode().isEmpty() ? QStringLiteral("allt utanför buffertzonen") : evaluation.controlAreaCode());
  setText(items, QStringLiteral("followup-periods"), periods);
  setText(items, QStringLiteral("followup-verdict"), verdictTitle(evaluation.verdict()));
  setText(items, QStringLiteral("followup-explanation"), explanation(evaluation));

  if (QgsLayoutItem *chart = byId(items, QStringLiteral("followup-chart")))
  {
    const QDate end = intervention.endUtc ? time.localDate(*intervention.endUtc) : evaluation.periods().after().to();
    LayoutCharts::weeklyTimeline(layout, page, LayoutStyle::rectOnPage(chart), evaluation.timeline(), DateRange(start, end));
    setText(items, QStringLiteral("followup-chart-key"),
            QStringLiteral("Händelser per ISO-vecka. Röd: insatsområdet. Grå: buffertzonen. Gult: insatsens dagar."));
  }
}

} // namespace lagesbild
