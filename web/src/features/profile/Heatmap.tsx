/** A year of submissions as a calendar heat-map (weeks as columns, Sunday on top). */
import { useMemo } from "react";
import { calendarWeeks, type HeatDay } from "../../lib/stats";

const CELL = 11;
const GAP = 3;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function Heatmap({ days, today = new Date() }: { days: readonly HeatDay[]; today?: Date }) {
  const weeks = useMemo(() => calendarWeeks(days, today), [days, today]);
  const total = days.reduce((s, d) => s + d.count, 0);
  const width = weeks.length * (CELL + GAP) + 26;
  const height = 7 * (CELL + GAP) + 18;
  let lastMonth = -1;
  return (
    <figure className="heatmap">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${total} submissions in the last year`}>
        {weeks.map((week, w) => {
          const first = week[0];
          const month = first ? Number(first.date.slice(5, 7)) - 1 : -1;
          const label = month !== lastMonth && w < weeks.length - 2 ? MONTHS[month] : null;
          lastMonth = month;
          return (
            <g key={w} transform={`translate(${26 + w * (CELL + GAP)}, 14)`}>
              {label && (
                <text y={-4} className="heat-label">
                  {label}
                </text>
              )}
              {week.map((d, i) => (
                <rect
                  key={d.date}
                  y={i * (CELL + GAP)}
                  width={CELL}
                  height={CELL}
                  rx={2}
                  className={`heat heat-${d.level}`}
                >
                  <title>{`${d.count} submission${d.count === 1 ? "" : "s"} on ${d.date}`}</title>
                </rect>
              ))}
            </g>
          );
        })}
        {["Mon", "Wed", "Fri"].map((d, i) => (
          <text key={d} x={0} y={14 + (2 * i + 1) * (CELL + GAP) + CELL - 2} className="heat-label">
            {d}
          </text>
        ))}
      </svg>
      <figcaption className="heat-legend muted">
        <span>{total} submissions in the last year</span>
        <span className="spacer" />
        Less
        {[0, 1, 2, 3, 4].map((l) => (
          <svg key={l} width={CELL} height={CELL} aria-hidden="true">
            <rect width={CELL} height={CELL} rx={2} className={`heat heat-${l}`} />
          </svg>
        ))}
        More
      </figcaption>
    </figure>
  );
}
