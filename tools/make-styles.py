#!/usr/bin/python3
"""Writes the QGIS layer styles in resources/styles/ (run with Debian's /usr/bin/python3 and
python3-qgis). The styles are plain .qml files a GIS-savvy user can also edit in stock QGIS;
this script is how they were made, so a change to them can be made again the same way."""
import os
import sys

from qgis.core import (QgsApplication, QgsVectorLayer, QgsFillSymbol, QgsMarkerSymbol,
                       QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSingleSymbolRenderer,
                       QgsPalLayerSettings, QgsTextFormat, QgsTextBufferSettings,
                       QgsVectorLayerSimpleLabeling, QgsUnitTypes)
from qgis.PyQt.QtGui import QColor, QFont

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'styles')
app = QgsApplication([], False)
app.initQgis()


def labels(field, size=9.0, colour='#333333'):
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    fmt = QgsTextFormat()
    fmt.setFont(QFont('DejaVu Sans'))
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor('white'))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    return QgsVectorLayerSimpleLabeling(settings)


# Named areas: the municipality as a dashed outline, districts and housing areas as light fills.
areas = QgsVectorLayer('MultiPolygon?crs=EPSG:3006&field=code:string&field=name:string&field=area_type:string', 'areas', 'memory')
municipality = QgsFillSymbol.createSimple({'style': 'no', 'outline_color': '#555555', 'outline_width': '0.6',
                                           'outline_style': 'dash'})
urban = QgsFillSymbol.createSimple({'color': '240,236,226,120', 'outline_color': '#b0a890', 'outline_width': '0.3'})
district = QgsFillSymbol.createSimple({'color': '70,130,180,25', 'outline_color': '#4682b4', 'outline_width': '0.5'})
categories = [QgsRendererCategory('municipality', municipality, 'Kommun'),
              QgsRendererCategory('urban', urban, 'Tätort')]
renderer = QgsCategorizedSymbolRenderer('area_type', categories)
renderer.setSourceSymbol(district.clone())
renderer.addCategory(QgsRendererCategory(None, district, 'Område'))
areas.setRenderer(renderer)
areas.setLabeling(labels('name'))
areas.setLabelsEnabled(True)
areas.saveNamedStyle(os.path.join(out, 'areas.qml'))

# Interventions: the treated area (a circle around the place, a drawn polygon or a named area),
# purple and see-through so the incidents inside stay visible; the title as a label.
interventions = QgsVectorLayer('MultiPolygon?crs=EPSG:3006&field=title:string&field=intervention_type:string&field=closed:integer',
                               'interventions', 'memory')
treated = QgsFillSymbol.createSimple({'color': '106,61,154,50', 'outline_color': '#6a3d9a', 'outline_width': '0.6',
                                      'outline_style': 'solid'})
interventions.setRenderer(QgsSingleSymbolRenderer(treated))
interventions.setLabeling(labels('title', 8.0, '#6a3d9a'))
interventions.setLabelsEnabled(True)
interventions.saveNamedStyle(os.path.join(out, 'interventions.qml'))

app.exitQgis()
print('styles written to', os.path.normpath(out))
