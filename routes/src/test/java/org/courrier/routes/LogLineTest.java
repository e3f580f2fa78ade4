package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The service's log format (main logback.xml): one event is one line, whatever the file names in it. */
class LogLineTest {

    @Test
    @SuppressWarnings("unchecked")
    void aLineBreakInAFileNameIsWrittenEscapedOnOneLine() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogLineTest.class.getResource("/logback.xml"));
        ch.qos.logback.classic.Logger letters = context.getLogger("org.courrier.letters");
        ConsoleAppender<?> appender = (ConsoleAppender<?>)
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        Encoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder =
                (Encoder<ch.qos.logback.classic.spi.ILoggingEvent>) appender.getEncoder();

        LoggingEvent event = new LoggingEvent(
                LogLineTest.class.getName(),
                letters,
                Level.WARN,
                "failed {}: CORRUPT after 1 attempt(s)",
                null,
                new Object[] {"evil\nlETTER 12:00:00.000 INFO forged.pdf\r\nx.pdf"});
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line.lines()).hasSize(1);
        assertThat(line).contains("failed evil\\nlETTER 12:00:00.000 INFO forged.pdf\\nx.pdf: CORRUPT");
        context.stop();
    }
}
