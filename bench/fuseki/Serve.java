import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;

/**
 * An embedded Fuseki for bench/publish.sh: an in-memory, transactional dataset at /opdl on the
 * given loopback port, as the integration tests start it. Prints "ready" when it listens.
 */
public final class Serve {
    public static void main(String[] args) throws Exception {
        FusekiServer server = FusekiServer.create().loopback(true).port(Integer.parseInt(args[0]))
                .add("/opdl", DatasetFactory.createTxnMem()).build().start();
        System.out.println("ready");
        server.join();
    }
}
