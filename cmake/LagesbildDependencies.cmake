# Finds the libraries every part of Lägesbild needs and makes imported targets of them.
find_package(Qt${LAGESBILD_QT_MAJOR} REQUIRED COMPONENTS Core)
set(LAGESBILD_QT_CORE Qt${LAGESBILD_QT_MAJOR}::Core)

find_package(SQLite3 REQUIRED)
find_package(GDAL CONFIG QUIET)
if(NOT TARGET GDAL::GDAL)
  find_package(GDAL REQUIRED)
endif()
find_package(Threads REQUIRED)
# The import checksum: OpenSSL's SHA-256 uses the CPU's SHA instructions (about 10x Qt's).
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
# The heat map's GeoTIFF tiles (core/hotspots/geotiffwriter.h): the deflate GDAL itself uses.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBDEFLATE REQUIRED IMPORTED_TARGET libdeflate)

if(LAGESBILD_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
endif()
