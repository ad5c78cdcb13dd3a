# Finds QGIS 3.22 (Debian's FindQGIS.cmake) and makes imported targets QGIS::Core, QGIS::Gui,
# QGIS::Analysis with the two work-arounds Debian's headers need: WITH_QTWEBKIT (with Qt5
# WebKitWidgets linked) and an include directory in which scalebar/, processing/, geometry/
# and diagram/ resolve to the QGIS include directory.
list(APPEND CMAKE_MODULE_PATH /usr/share/qgis)
find_package(QGIS REQUIRED)
if(NOT QGIS_FOUND)
  message(FATAL_ERROR "QGIS development files not found: run tools/install-deps.sh")
endif()
message(STATUS "QGIS ${QGIS_VERSION}: ${QGIS_CORE_LIBRARY}")

find_package(Qt5 REQUIRED COMPONENTS Core Gui Widgets Xml Network Svg PrintSupport Sql Concurrent
                                      WebKitWidgets Positioning LinguistTools Test Charts)

set(LAGESBILD_QGIS_SHIM_DIR ${CMAKE_BINARY_DIR}/qgis-include-shim)
file(MAKE_DIRECTORY ${LAGESBILD_QGIS_SHIM_DIR})
foreach(sub scalebar processing geometry diagram)
  if(NOT EXISTS ${LAGESBILD_QGIS_SHIM_DIR}/${sub})
    file(CREATE_LINK ${QGIS_INCLUDE_DIR} ${LAGESBILD_QGIS_SHIM_DIR}/${sub} SYMBOLIC)
  endif()
endforeach()

foreach(part Core Gui Analysis)
  string(TOUPPER ${part} PART)
  add_library(QGIS::${part} UNKNOWN IMPORTED)
  set_target_properties(QGIS::${part} PROPERTIES
    IMPORTED_LOCATION ${QGIS_${PART}_LIBRARY}
    INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR};${LAGESBILD_QGIS_SHIM_DIR}"
    INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR};${LAGESBILD_QGIS_SHIM_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "WITH_QTWEBKIT;QT_DISABLE_DEPRECATED_BEFORE=0x050F00")
endforeach()
set_property(TARGET QGIS::Core APPEND PROPERTY INTERFACE_LINK_LIBRARIES
  Qt5::Core Qt5::Gui Qt5::Widgets Qt5::Xml Qt5::Network Qt5::Svg Qt5::PrintSupport Qt5::Sql
  Qt5::Concurrent Qt5::WebKitWidgets Qt5::Positioning GDAL::GDAL)
set_property(TARGET QGIS::Analysis APPEND PROPERTY INTERFACE_LINK_LIBRARIES QGIS::Core)
set_property(TARGET QGIS::Gui APPEND PROPERTY INTERFACE_LINK_LIBRARIES QGIS::Core)

# Where QGIS's providers live, for QgsApplication::setPrefixPath / setPluginPath.
get_filename_component(LAGESBILD_QGIS_PREFIX "${QGIS_INCLUDE_DIR}/../.." ABSOLUTE)
