package dev.flowsim.emulator.iam;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The allocation-free ARN shape test used by the Arn condition operators agrees with the full parse. */
class ArnShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:ec2:us-east-1:111122223333:vpc-flow-log/fl-1", "arn:aws:iam::111122223333:role/r",
        "arn:aws:s3:::bucket", "arn:aws:s3:::", "arn:::::", "arn::::", "arn:aws:logs:r:a:log-group:g:*", "arn",
        "arn:", "ARN:aws:s3:::b", "aws:s3:::b:c", "", "urn:aws:s3:::b", "arn:a:b:c:d:e:f:g"})
    void isArnAgreesWithParse(String text) {
        assertEquals(Arn.parse(text).isPresent(), Arn.isArn(text), text);
    }
}
