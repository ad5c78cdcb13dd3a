#include "followuppanel.h"

#include "analysis/chartstyle.h"
#include "followup/followuptext.h"
#include "followupchart.h"
#include "session/storesession.h"
#include "time/stockholmtime.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lagesbild
{
namespace
{
constexpr int kDefaultDays = 28;
constexpr int kMaximumDays = 730;
constexpr double kDefaultBuffer = 200.0;
constexpr double kMaximumBuffer = 10'000.0;

enum Column
{
  Before,
  After,
  Change,
  ChangePercent,
  PValue,
  ColumnCount,
};

QTableWidgetItem *numberItem(const QString &text)
{
  auto *item = new QTableWidgetItem(text);
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  return item;
}

QString decimal(const std::optional<double> &value, int decimals)
{
  return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

QString signedCount(std::int64_t value)
{
  const QString digits = QLocale().toString(static_cast<qlonglong>(value < 0 ? -value : value));
  return value > 0 ? QStringLiteral("+") + digits : value < 0 ? QStringLiteral("−") + digits : digits;
}
} // namespace

FollowUpPanel::FollowUpPanel(StoreSession *session, QWidget *parent) : QWidget(parent), mSession(session)
{
  mTitle = new QLabel(this);
  mTitle->setWordWrap(true);
  QFont titleFont = mTitle->font();
  titleFont.setBold(true);
  mTitle->setFont(titleFont);

  mDays = new QSpinBox(this);
  mDays->setRange(1, kMaximumDays);
  mDays->setValue(kDefaultDays);
  mDays->setSuffix(tr(" days"));
  mDays->setToolTip(tr("Length of the before period and of the after period (equal lengths)"));
  mAfterStart = new QComboBox(this);
  mAfterStart->addItem(tr("from the start"), static_cast<int>(AfterPeriodStart::InterventionStart));
  mAfterStart->addItem(tr("from the end"), static_cast<int>(AfterPeriodStart::InterventionEnd));
  mAfterStart->setToolTip(tr("Where the after period begins: the intervention's first day, or the day after it ended"));
  mBuffer = new QDoubleSpinBox(this);
  mBuffer->setRange(1.0, kMaximumBuffer);
  mBuffer->setDecimals(0);
  mBuffer->setSingleStep(50.0);
  mBuffer->setValue(kDefaultBuffer);
  mBuffer->setSuffix(QStringLiteral(" m"));
  mBuffer->setToolTip(tr("Width of the buffer ring around the treated area, where displacement would show"));
  // Two rows, so the panel fits a narrow side column.
  auto *controls = new QGridLayout;
  controls->addWidget(new QLabel(tr("Before/after:"), this), 0, 0);
  controls->addWidget(mDays, 0, 1);
  controls->addWidget(mAfterStart, 1, 1);
  controls->addWidget(new QLabel(tr("Buffer:"), this), 2, 0);
  controls->addWidget(mBuffer, 2, 1);
  controls->setColumnStretch(2, 1);
  connect(mDays, qOverload<int>(&QSpinBox::valueChanged), this, &FollowUpPanel::evaluate);
  connect(mAfterStart, qOverload<int>(&QComboBox::currentIndexChanged), this, &FollowUpPanel::evaluate);
  connect(mBuffer, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &FollowUpPanel::evaluate);

  mCounts = new QTableWidget(3, ColumnCount, this);
  mCounts->setHorizontalHeaderLabels({tr("Before"), tr("After"), tr("Change"), tr("Change %"), tr("p")});
  mCounts->setVerticalHeaderLabels({tr("Treated area"), tr("Buffer"), tr("Control area")});
  mCounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mCounts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  mCounts->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mCounts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
  mCounts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

  mVerdict = new QLabel(this);
  mVerdict->setWordWrap(true);
  QFont verdictFont = mVerdict->font();
  verdictFont.setBold(true);
  verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.15);
  mVerdict->setFont(verdictFont);
  mMeasures = new QLabel(this);
  mMeasures->setWordWrap(true);
  mExplanation = new QLabel(this);
  mExplanation->setWordWrap(true);
  mExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

  mChartView = new QtCharts::QChartView(ChartStyle::createChart(), this);
  mChartView->setRenderHint(QPainter::Antialiasing);
  mChartView->setMinimumHeight(200);

  mAddToReport = new QPushButton(tr("Add to report"), this);
  mAddToReport->setToolTip(tr("Include this follow-up in the printed report"));
  connect(mAddToReport, &QPushButton::clicked, this,
          [this]()
          {
            if (mIntervention)
              emit addToReportRequested(mIntervention->id);
          });
  auto *buttons = new QHBoxLayout;
  buttons->addStretch();
  buttons->addWidget(mAddToReport);

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mTitle);
  layout->addLayout(controls);
  layout->addWidget(mCounts);
  layout->addWidget(mVerdict);
  layout->addWidget(mMeasures);
  layout->addWidget(mExplanation);
  layout->addWidget(mChartView, 1);
  layout->addLayout(buttons);
  clear();
}

EvaluationOptions FollowUpPanel::options() const
{
  EvaluationOptions options;
  options.beforeDays = mDays->value();
  options.afterDays = mDays->value();
  options.afterStart = static_cast<AfterPeriodStart>(mAfterStart->currentData().toInt());
  options.bufferWidth = mBuffer->value();
  options.today = StockholmTime::instance().localDate(QDateTime::currentSecsSinceEpoch());
  return options;
}

void FollowUpPanel::setIntervention(const Intervention &intervention)
{
  mIntervention = intervention;
  evaluate();
}

void FollowUpPanel::clear()
{
  mIntervention.reset();
  mEvaluation.reset();
  mTitle->setText(tr("Select an intervention to see its follow-up."));
  mCounts->clearContents();
  mVerdict->clear();
  mMeasures->clear();
  mExplanation->clear();
  ChartStyle::clear(*mChartView->chart());
  mAddToReport->setEnabled(false);
}

void FollowUpPanel::evaluate()
{
  if (!mIntervention)
    return;
  mEvaluation.reset();
  mTitle->setText(mIntervention->title);
  mAddToReport->setEnabled(true);
  if (!mSession || !mSession->store())
  {
    showError(tr("No store is open."));
    return;
  }
  auto evaluation = InterventionEvaluation::evaluate(*mSession->store(), *mIntervention, mSession->areas(), options());
  if (!evaluation)
  {
    showError(evaluation.error().message);
    emit evaluated();
    return;
  }
  mEvaluation = std::move(*evaluation);
  showEvaluation(*mEvaluation);
  emit evaluated();
}

void FollowUpPanel::showError(const QString &message)
{
  mCounts->clearContents();
  mVerdict->setText(tr("The follow-up cannot be computed"));
  mMeasures->clear();
  mExplanation->setText(message);
  ChartStyle::clear(*mChartView->chart());
}

void FollowUpPanel::showEvaluation(const InterventionEvaluation &evaluation)
{
  const QLocale locale;
  const ZoneSummary *zones[] = {&evaluation.treated(), &evaluation.buffer(), &evaluation.control()};
  for (int row = 0; row < 3; ++row)
  {
    const ZoneSummary &zone = *zones[row];
    mCounts->setItem(row, Before, numberItem(locale.toString(static_cast<qlonglong>(zone.counts.before))));
    mCounts->setItem(row, After, numberItem(locale.toString(static_cast<qlonglong>(zone.counts.after))));
    mCounts->setItem(row, Change, numberItem(signedCount(zone.change)));
    mCounts->setItem(
      row, ChangePercent,
      numberItem(zone.changePercent ? locale.toString(*zone.changePercent, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–")));
    mCounts->setItem(row, PValue, numberItem(FollowUpText::formatPValue(zone.pValue)));
  }
  mCounts->setToolTip(
    tr("Treated area: %1. Control area: %2. Before: %3 – %4, after: %5 – %6.")
      .arg(evaluation.treatedDescription(), evaluation.controlDescription(), evaluation.periods().before().from().toString(Qt::ISODate),
           evaluation.periods().before().to().toString(Qt::ISODate), evaluation.periods().after().from().toString(Qt::ISODate),
           evaluation.periods().after().to().toString(Qt::ISODate)));

  const DisplacementQuotient &displacement = evaluation.displacement();
  mVerdict->setText(verdictTitle(evaluation.verdict()));
  QString quotient = decimal(displacement.quotient(), 2);
  if (!displacement.quotient())
    quotient = tr("cannot be computed");
  mMeasures->setText(tr("WDQ %1 · success measure %2 · total net effect %3 incidents")
                       .arg(quotient, decimal(displacement.successMeasure(), 3), decimal(displacement.totalNetEffect(), 1)));
  QString text = evaluation.explanation();
  if (!evaluation.warnings().isEmpty())
    text += QStringLiteral("\n\n") + evaluation.warnings().join(QLatin1Char('\n'));
  mExplanation->setText(text);
  FollowUpChart::draw(*mChartView->chart(), evaluation);
}

} // namespace lagesbild
