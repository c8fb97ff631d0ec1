// The map's container: linear scales with one unit the same length on both axes (distances
// on the map are the 1 - CA distances, roughly), the labels' layout, and the hovered delegation.
import { scaleLinear } from 'd3-scale';
import { useState } from 'react';
import { labelledPaths, mapLabels } from './map-labels';
import type { MapModel } from './map-model';
import { MapRender, type MapScales } from './MapRender';

export interface MapContainerProps {
  model: MapModel;
  labelAll?: boolean; // label every current point (few delegations shown)
  width?: number;
  height?: number;
}

const PAD = 36;

export function mapScales(model: MapModel, width: number, height: number): MapScales {
  const [x0, x1] = model.extent.x;
  const [y0, y1] = model.extent.y;
  const spanX = Math.max(x1 - x0, 1e-6);
  const spanY = Math.max(y1 - y0, 1e-6);
  const unit = Math.min((width - 2 * PAD) / spanX, (height - 2 * PAD) / spanY);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const halfW = (width - 2 * PAD) / 2 / unit;
  const halfH = (height - 2 * PAD) / 2 / unit;
  return {
    x: scaleLinear().domain([cx - halfW, cx + halfW]).range([PAD, width - PAD]),
    // Up is up: larger y higher on screen.
    y: scaleLinear().domain([cy - halfH, cy + halfH]).range([height - PAD, PAD]),
    unit,
  };
}

export function MapContainer({ model, labelAll = false, width = 720, height = 500 }: MapContainerProps) {
  const [hover, setHover] = useState<string | null>(null);
  const scales = mapScales(model, width, height);
  return (
    <MapRender
      model={model}
      scales={scales}
      width={width}
      height={height}
      labels={mapLabels(labelledPaths(model.paths, labelAll, hover), scales, (p) => p.chosen || p.actor === hover)}
      onHover={setHover}
    />
  );
}
