package nl.rugzak.platform.participation.polls.ui;

import java.time.Duration;
import java.time.LocalDateTime;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * A moment as two fields, a date and a time, that wrap onto two lines on a phone (the combined date-time picker does
 * not, and makes a 390 px screen scroll sideways). Times in steps of 15 minutes.
 */
final class MomentFields {

    final DatePicker day = new DatePicker();
    final TimePicker time = new TimePicker();

    MomentFields(String dayLabel, String timeLabel) {
        day.setLabel(dayLabel);
        time.setLabel(timeLabel);
        time.setStep(Duration.ofMinutes(15));
    }

    LocalDateTime value() {
        return day.getValue() == null || time.getValue() == null ? null : day.getValue().atTime(time.getValue());
    }

    void setValue(LocalDateTime at) {
        day.setValue(at == null ? null : at.toLocalDate());
        time.setValue(at == null ? null : at.toLocalTime().withSecond(0).withNano(0));
    }
}
