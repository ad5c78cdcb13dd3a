// The import dialog driven as a user would: choose a file in the file dialog, pick format, kind
// and source, see the preview, import, and read the summary; then a file with a bad row shows
// its error (file, line, field) and leaves the store unchanged. The store is read back
// independently of the dialog. The address register's import dialog (File → Import address
// register…) is driven the same way: choose, import, a bad file and a cancel leave the register.
#include "desktop/addressimportdialog.h"
#include "desktop/importdialog.h"
#include "session/storesession.h"
#include "store/geopackage/geopackagestore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace lagesbild;

namespace
{
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
  QElapsedTimer timer;
  timer.start();
  while (!done())
  {
    if (timer.elapsed() > timeoutMs)
      return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
  return true;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
  const QString path = dir.filePath(name);
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(bytes);
  return path;
}

template<typename Widget> Widget *child(const QWidget &parent, const char *name)
{
  auto *widget = parent.findChild<Widget *>(QString::fromLatin1(name));
  REQUIRE(widget);
  return widget;
}

void selectData(QComboBox *box, const QString &data)
{
  const int index = box->findData(data);
  REQUIRE(index >= 0);
  box->setCurrentIndex(index);
}

std::vector<Incident> storedIncidents(const QString &path)
{
  auto store = GeoPackageStore::open(path);
  REQUIRE(store.ok());
  return (*store)->incidents(IncidentFilter::all()).value();
}

//! Clicks "Choose…" and picks path in the file dialog that opens.
void chooseInFileDialog(QPushButton *choose, const QString &path)
{
  bool picked = false;
  QTimer::singleShot(0,
                     [&picked, path]()
                     {
                       QFileDialog *dialog = nullptr;
                       waitUntil(
                         [&dialog]()
                         {
                           dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                           return dialog != nullptr;
                         },
                         10000);
                       if (!dialog)
                         return;
                       dialog->selectFile(path);
                       static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
                       picked = true;
                     });
  choose->click();
  REQUIRE(picked);
}

const QByteArray kGoodCsv = "Datum;Kategori;Adress;Lat;Lon\n"
                            "2021-03-05 22:30;Klotter;Storgatan 1;59,4226;16,0963\n"
                            "2021-03-06 01:15;Klotter;Torget;59,4230;16,0970\n"
                            "2021-03-07 23:05;Klotter;Torget;59,4231;16,0971\n";
} // namespace

TEST_CASE("The import dialog previews, imports with the chosen kind and source, and summarises", "[app][import]")
{
  QTemporaryDir dir;
  const QString storePath = dir.filePath(QStringLiteral("store.gpkg"));
  REQUIRE(GeoPackageStore::create(storePath).ok());
  StoreSession session;
  REQUIRE(session.open(storePath).ok());
  const QString good = writeFile(dir, QStringLiteral("rapporter.csv"), kGoodCsv);

  ImportDialog dialog(&session);
  dialog.show();
  auto *preview = child<QTableWidget>(dialog, "importPreview");
  auto *messages = child<QPlainTextEdit>(dialog, "importMessages");
  auto *status = child<QLabel>(dialog, "importStatus");
  auto *importButton = child<QPushButton>(dialog, "importButton");

  // Choosing the file previews it.
  chooseInFileDialog(child<QPushButton>(dialog, "importChoose"), good);
  CHECK(child<QLineEdit>(dialog, "importFile")->text() == good);
  REQUIRE(waitUntil([preview]() { return preview->rowCount() == 3; }));
  CHECK(preview->item(0, 2)->text() == QStringLiteral("klotter"));
  CHECK(messages->toPlainText().contains(QStringLiteral("3")));

  selectData(child<QComboBox>(dialog, "importFormat"), QStringLiteral("csv"));
  selectData(child<QComboBox>(dialog, "importKind"), QStringLiteral("crime"));
  selectData(child<QComboBox>(dialog, "importSource"), QStringLiteral("vaktare"));
  importButton->click();
  REQUIRE(waitUntil([importButton, status]() { return importButton->isEnabled() && !status->text().endsWith(QStringLiteral("…")); }));
  INFO(messages->toPlainText().toStdString());
  CHECK(dialog.imported());
  CHECK(messages->toPlainText().contains(QStringLiteral("3")));

  const std::vector<Incident> stored = storedIncidents(storePath);
  REQUIRE(stored.size() == 3);
  for (const Incident &incident : stored)
  {
    CHECK(incident.kind == IncidentKind::Crime);
    CHECK(incident.source == QStringLiteral("vaktare"));
  }
  dialog.close();
}

TEST_CASE("The import dialog shows a bad file's error and imports nothing", "[app][import]")
{
  QTemporaryDir dir;
  const QString storePath = dir.filePath(QStringLiteral("store.gpkg"));
  REQUIRE(GeoPackageStore::create(storePath).ok());
  StoreSession session;
  REQUIRE(session.open(storePath).ok());
  const QString bad = writeFile(dir, QStringLiteral("fel.csv"),
                                "Datum;Kategori;Lat;Lon\n"
                                "2021-04-01 10:00;Klotter;59,4226;16,0963\n"
                                "2021-04-02 10:00;Klotter;norr;16,0963\n");

  ImportDialog dialog(&session);
  dialog.show();
  auto *messages = child<QPlainTextEdit>(dialog, "importMessages");
  auto *status = child<QLabel>(dialog, "importStatus");
  auto *importButton = child<QPushButton>(dialog, "importButton");
  dialog.setFile(bad);
  importButton->click();
  REQUIRE(waitUntil([importButton, status]() { return importButton->isEnabled() && !status->text().endsWith(QStringLiteral("…")); }));
  const QString shown = messages->toPlainText();
  INFO(shown.toStdString());
  CHECK(shown.contains(QStringLiteral("fel.csv:3")));
  CHECK(shown.contains(QStringLiteral("lat"), Qt::CaseInsensitive));
  CHECK_FALSE(dialog.imported());
  CHECK(storedIncidents(storePath).empty());

  // A file that is not a table at all.
  const QString binary = writeFile(dir, QStringLiteral("bild.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  dialog.setFile(binary);
  importButton->click();
  REQUIRE(waitUntil([importButton, status]() { return importButton->isEnabled() && !status->text().endsWith(QStringLiteral("…")); }));
  CHECK(messages->toPlainText().contains(QStringLiteral("bild.csv")));
  CHECK(storedIncidents(storePath).empty());
  dialog.close();
}

namespace
{
const QByteArray kRegisterCsv = "adressomrade,adressplatsnummer,bokstavstillagg,postnummer,postort,kommunkod,x,y\n"
                                "Hagabergsvägen,12,,736 30,Kungsör,1960,563320,6587970\n"
                                "Hagabergsvägen,14,,736 30,Kungsör,1960,563340,6587975\n"
                                "Drottninggatan,4,B,736 31,Kungsör,1960,562900,6587500\n";

bool importFinished(const AddressImportDialog &dialog)
{
  const auto *button = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
  const auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
  return button && status && button->isEnabled() && !status->text().endsWith(QStringLiteral("…"));
}
} // namespace

TEST_CASE("The address register dialog imports a register, and the search and forms use it at once", "[app][import][geocoding]")
{
  QTemporaryDir dir;
  const QString storePath = dir.filePath(QStringLiteral("store.gpkg"));
  REQUIRE(GeoPackageStore::create(storePath).ok());
  StoreSession session;
  REQUIRE(session.open(storePath).ok());
  CHECK(session.places()->geocode(QStringLiteral("Hagabergsvägen 12")).found == false);

  AddressImportDialog dialog(&session);
  dialog.show();
  auto *size = child<QLabel>(dialog, "registerSize");
  auto *status = child<QLabel>(dialog, "status");
  CHECK(size->text() == QStringLiteral("The store has no address register yet."));
  CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());

  const QString good = writeFile(dir, QStringLiteral("belagenhetsadresser.csv"), kRegisterCsv);
  chooseInFileDialog(child<QPushButton>(dialog, "registerChoose"), good);
  CHECK(child<QLineEdit>(dialog, "registerFile")->text() == good);
  child<QPushButton>(dialog, "importButton")->click();
  REQUIRE(waitUntil([&dialog]() { return importFinished(dialog); }));
  INFO(status->text().toStdString());
  CHECK(dialog.imported());
  CHECK(status->text().contains(QStringLiteral("3 addresses and places read from belagenhetsadresser.csv")));
  CHECK(size->text().contains(QStringLiteral("3 addresses")));
  // The session's geocoder is the new register's (the search box and the forms ask it each time).
  const geocoding::GeocodeResult placed = session.places()->geocode(QStringLiteral("Hagabergsv. 12"));
  CHECK(placed.found);
  CHECK(placed.point.x == Approx(563320.0));
  CHECK(placed.point.y == Approx(6587970.0));

  // A file without a street or place column is refused; the register stays as it was.
  const QString noStreets = writeFile(dir, QStringLiteral("punkter.csv"), "namnlos,x,y\n1,563320,6587970\n");
  dialog.setFile(noStreets);
  child<QPushButton>(dialog, "importButton")->click();
  REQUIRE(waitUntil([&dialog]() { return importFinished(dialog); }));
  CHECK_FALSE(dialog.imported());
  CHECK(status->text().contains(QStringLiteral("punkter.csv")));
  CHECK(status->text().contains(QStringLiteral("the register is as it was")));
  CHECK((*GeoPackageStore::open(storePath))->addressCount().value() == 3);

  // A file that does not exist is named.
  dialog.setFile(dir.filePath(QStringLiteral("saknas.gpkg")));
  child<QPushButton>(dialog, "importButton")->click();
  REQUIRE(waitUntil([&dialog]() { return importFinished(dialog); }));
  CHECK(status->text().contains(QStringLiteral("saknas.gpkg")));
  CHECK((*GeoPackageStore::open(storePath))->addressCount().value() == 3);
  dialog.close();
}

TEST_CASE("Cancelling the address register import leaves the register as it was", "[app][import][geocoding]")
{
  QTemporaryDir dir;
  const QString storePath = dir.filePath(QStringLiteral("store.gpkg"));
  REQUIRE(GeoPackageStore::create(storePath).ok());
  StoreSession session;
  REQUIRE(session.open(storePath).ok());
  {
    AddressImportDialog first(&session);
    first.setFile(writeFile(dir, QStringLiteral("liten.csv"), kRegisterCsv));
    first.startImport();
    first.waitForImport();
    REQUIRE(first.imported());
  }
  // 200,000 addresses: the cancel below is given long before they are read and written.
  QByteArray big = "gata,nummer,x,y\n";
  for (int i = 0; i < 200000; ++i)
    big += "Storgatan," + QByteArray::number(i + 1) + "," + QByteArray::number(560000 + i % 1000) + "," +
           QByteArray::number(6580000 + i / 1000) + "\n";
  const QString bigPath = writeFile(dir, QStringLiteral("stor.csv"), big);
  const QString mapping = writeFile(dir, QStringLiteral("mappning.json"),
                                    R"({"columns": {"street": "gata", "number": "nummer", "x": "x", "y": "y"}, "crs": "EPSG:3006"})");

  AddressImportDialog dialog(&session);
  dialog.show();
  dialog.setFile(bigPath);
  dialog.setMappingFile(mapping);
  dialog.startImport();
  auto *cancel = child<QPushButton>(dialog, "cancelButton");
  CHECK(cancel->text() == QStringLiteral("Cancel"));
  cancel->click();
  REQUIRE(waitUntil([&dialog]() { return importFinished(dialog); }));
  CHECK_FALSE(dialog.imported());
  CHECK(child<QLabel>(dialog, "status")->text() == QStringLiteral("Cancelled; the register is as it was."));
  CHECK((*GeoPackageStore::open(storePath))->addressCount().value() == 3);
  CHECK(dialog.isVisible()); // the first click cancels the run, not the dialog

  // The same file and mapping, not cancelled: the register is replaced by the 200,000.
  dialog.startImport();
  dialog.waitForImport();
  REQUIRE(waitUntil([&dialog]() { return importFinished(dialog); }));
  INFO(child<QLabel>(dialog, "status")->text().toStdString());
  CHECK(dialog.imported());
  CHECK((*GeoPackageStore::open(storePath))->addressCount().value() == 200000);
}
