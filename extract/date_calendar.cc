// The calendar the date matchers resolve against.
#include "extract/date_scan.h"

namespace newsgraph::extract::date_scan {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 and back (H. Hinnant's civil calendar algorithms); used for weekdays.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400) + (m <= 2), m, d};
}

// 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday).
int weekday_of(const Date& d) {
  const long z = days_from_civil(d.year, d.month, d.day);
  return static_cast<int>(((z % 7) + 11) % 7);
}

Date add_days(const Date& d, long n) { return civil_from_days(days_from_civil(d.year, d.month, d.day) + n); }

Date add_months(const Date& d, int n) {
  const int index = d.year * 12 + (d.month - 1) + n;
  return {index / 12, index % 12 + 1, 0};
}

// "end of" a year or month is its last day.
Date end_of_period(const Date& d) {
  if (d.month == 0) return {d.year, 12, 31};
  if (d.day == 0) return {d.year, d.month, days_in_month(d.year, d.month)};
  return d;
}

}  // namespace newsgraph::extract::date_scan
