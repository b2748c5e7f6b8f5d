import InfragateEngine
import XCTest

final class PolicyCalendarDayTests: XCTestCase {
    func testParsesOnlyRealDays() {
        XCTAssertEqual(CalendarDay("2024-02-29")?.description, "2024-02-29")
        XCTAssertNil(CalendarDay("2023-02-29"))
        XCTAssertNil(CalendarDay("1900-02-29"))
        XCTAssertEqual(CalendarDay("2000-02-29")?.day, 29)
        for text in ["2027-04-31", "2027-00-10", "2027-01-00", "27-01-01", "2027-01-01 ", "２０２７-01-01", "+207-01-01"] {
            XCTAssertNil(CalendarDay(text), text)
        }
    }

    func testDayOfAnInstantIsTheUTCDay() throws {
        let formatter = ISO8601DateFormatter()
        let table = [
            ("1970-01-01T00:00:00Z", "1970-01-01"), ("2026-01-31T23:59:59Z", "2026-01-31"),
            ("2026-02-01T00:00:00Z", "2026-02-01"), ("2024-02-29T12:00:00Z", "2024-02-29"),
            ("1969-12-31T23:59:59Z", "1969-12-31"), ("2100-03-01T00:00:00Z", "2100-03-01"),
        ]
        for (instant, day) in table {
            let date = try XCTUnwrap(formatter.date(from: instant))
            XCTAssertEqual(CalendarDay(containing: date).description, day, instant)
        }
    }

    func testDaysOrderChronologically() throws {
        let days = ["2026-12-31", "2027-01-01", "2027-01-02", "2027-02-01"].compactMap(CalendarDay.init)
        XCTAssertEqual(days.count, 4)
        XCTAssertEqual(days, days.shuffled().sorted())
    }
}
